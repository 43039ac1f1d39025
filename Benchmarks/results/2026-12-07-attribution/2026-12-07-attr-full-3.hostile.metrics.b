# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2782510
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 855
crease_delivery_latency_seconds_bucket{le="0.00025"} 855
crease_delivery_latency_seconds_bucket{le="0.0005"} 855
crease_delivery_latency_seconds_bucket{le="0.001"} 4076
crease_delivery_latency_seconds_bucket{le="0.002"} 5309
crease_delivery_latency_seconds_bucket{le="0.005"} 6207
crease_delivery_latency_seconds_bucket{le="0.01"} 6762
crease_delivery_latency_seconds_bucket{le="0.025"} 8017
crease_delivery_latency_seconds_bucket{le="0.05"} 8828
crease_delivery_latency_seconds_bucket{le="0.1"} 9010
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 74.777
crease_delivery_latency_seconds_count 9010
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_matches_active gauge
crease_matches_active 94.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 22747
crease_input_held_total{limit="requests"} 31977
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1174
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1174
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1174
crease_fanout_backlog_seconds_bucket{le="0.001"} 1174
crease_fanout_backlog_seconds_bucket{le="0.002"} 1174
crease_fanout_backlog_seconds_bucket{le="0.005"} 1174
crease_fanout_backlog_seconds_bucket{le="0.01"} 1174
crease_fanout_backlog_seconds_bucket{le="0.025"} 1175
crease_fanout_backlog_seconds_bucket{le="0.05"} 1182
crease_fanout_backlog_seconds_bucket{le="0.1"} 1182
crease_fanout_backlog_seconds_bucket{le="0.25"} 1182
crease_fanout_backlog_seconds_bucket{le="0.5"} 1182
crease_fanout_backlog_seconds_bucket{le="1.0"} 1182
crease_fanout_backlog_seconds_bucket{le="2.5"} 1182
crease_fanout_backlog_seconds_bucket{le="5.0"} 1182
crease_fanout_backlog_seconds_bucket{le="10.0"} 1182
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1182
crease_fanout_backlog_seconds_sum 0.258812095
crease_fanout_backlog_seconds_count 1182
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 7018
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2731
crease_fanout_latency_seconds_bucket{le="0.00025"} 2731
crease_fanout_latency_seconds_bucket{le="0.0005"} 2731
crease_fanout_latency_seconds_bucket{le="0.001"} 3327
crease_fanout_latency_seconds_bucket{le="0.002"} 3472
crease_fanout_latency_seconds_bucket{le="0.005"} 3757
crease_fanout_latency_seconds_bucket{le="0.01"} 4025
crease_fanout_latency_seconds_bucket{le="0.025"} 4361
crease_fanout_latency_seconds_bucket{le="0.05"} 4498
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 14.78
crease_fanout_latency_seconds_count 4505
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 14675
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 591248416
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 127
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 445
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 470
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 487
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 521
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 546
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 562
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 591
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 591
crease_event_loop_lag_seconds_sum{loop="0"} 0.941842053
crease_event_loop_lag_seconds_count{loop="0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 130
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 409
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 443
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 468
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 514
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 547
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 560
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 591
crease_event_loop_lag_seconds_sum{loop="1"} 0.93362032
crease_event_loop_lag_seconds_count{loop="1"} 591
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
