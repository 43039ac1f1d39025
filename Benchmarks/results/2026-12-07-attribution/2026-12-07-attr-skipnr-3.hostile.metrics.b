# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 78
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 414
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 452
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 476
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 516
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 561
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 580
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 594
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 594
crease_event_loop_lag_seconds_sum{loop="1"} 0.669656654
crease_event_loop_lag_seconds_count{loop="1"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 69
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 420
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 446
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 481
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 523
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 568
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 579
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 593
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 594
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 594
crease_event_loop_lag_seconds_sum{loop="0"} 0.644035971
crease_event_loop_lag_seconds_count{loop="0"} 594
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2689
crease_fanout_latency_seconds_bucket{le="0.00025"} 2689
crease_fanout_latency_seconds_bucket{le="0.0005"} 2689
crease_fanout_latency_seconds_bucket{le="0.001"} 3419
crease_fanout_latency_seconds_bucket{le="0.002"} 3592
crease_fanout_latency_seconds_bucket{le="0.005"} 3897
crease_fanout_latency_seconds_bucket{le="0.01"} 4196
crease_fanout_latency_seconds_bucket{le="0.025"} 4457
crease_fanout_latency_seconds_bucket{le="0.05"} 4499
crease_fanout_latency_seconds_bucket{le="0.1"} 4499
crease_fanout_latency_seconds_bucket{le="0.25"} 4499
crease_fanout_latency_seconds_bucket{le="0.5"} 4499
crease_fanout_latency_seconds_bucket{le="1.0"} 4499
crease_fanout_latency_seconds_bucket{le="2.5"} 4499
crease_fanout_latency_seconds_bucket{le="5.0"} 4499
crease_fanout_latency_seconds_bucket{le="10.0"} 4499
crease_fanout_latency_seconds_bucket{le="+Inf"} 4499
crease_fanout_latency_seconds_sum 9.892
crease_fanout_latency_seconds_count 4499
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 681
crease_delivery_latency_seconds_bucket{le="0.00025"} 681
crease_delivery_latency_seconds_bucket{le="0.0005"} 681
crease_delivery_latency_seconds_bucket{le="0.001"} 3919
crease_delivery_latency_seconds_bucket{le="0.002"} 5310
crease_delivery_latency_seconds_bucket{le="0.005"} 6368
crease_delivery_latency_seconds_bucket{le="0.01"} 7038
crease_delivery_latency_seconds_bucket{le="0.025"} 8479
crease_delivery_latency_seconds_bucket{le="0.05"} 8971
crease_delivery_latency_seconds_bucket{le="0.1"} 8998
crease_delivery_latency_seconds_bucket{le="0.25"} 8998
crease_delivery_latency_seconds_bucket{le="0.5"} 8998
crease_delivery_latency_seconds_bucket{le="1.0"} 8998
crease_delivery_latency_seconds_bucket{le="2.5"} 8998
crease_delivery_latency_seconds_bucket{le="5.0"} 8998
crease_delivery_latency_seconds_bucket{le="10.0"} 8998
crease_delivery_latency_seconds_bucket{le="+Inf"} 8998
crease_delivery_latency_seconds_sum 58.044
crease_delivery_latency_seconds_count 8998
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 25017
crease_input_held_total{limit="requests"} 32310
# TYPE crease_matches_active gauge
crease_matches_active 92.0
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2592241
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4499
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1188
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1188
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1188
crease_fanout_backlog_seconds_bucket{le="0.001"} 1188
crease_fanout_backlog_seconds_bucket{le="0.002"} 1188
crease_fanout_backlog_seconds_bucket{le="0.005"} 1188
crease_fanout_backlog_seconds_bucket{le="0.01"} 1188
crease_fanout_backlog_seconds_bucket{le="0.025"} 1188
crease_fanout_backlog_seconds_bucket{le="0.05"} 1188
crease_fanout_backlog_seconds_bucket{le="0.1"} 1188
crease_fanout_backlog_seconds_bucket{le="0.25"} 1188
crease_fanout_backlog_seconds_bucket{le="0.5"} 1188
crease_fanout_backlog_seconds_bucket{le="1.0"} 1188
crease_fanout_backlog_seconds_bucket{le="2.5"} 1188
crease_fanout_backlog_seconds_bucket{le="5.0"} 1188
crease_fanout_backlog_seconds_bucket{le="10.0"} 1188
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1188
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 1188
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 15556
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 536381052
# TYPE crease_bus_up gauge
crease_bus_up 1.0
