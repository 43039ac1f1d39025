# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4499
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 994
crease_fanout_backlog_seconds_bucket{le="0.00025"} 994
crease_fanout_backlog_seconds_bucket{le="0.0005"} 994
crease_fanout_backlog_seconds_bucket{le="0.001"} 994
crease_fanout_backlog_seconds_bucket{le="0.002"} 994
crease_fanout_backlog_seconds_bucket{le="0.005"} 994
crease_fanout_backlog_seconds_bucket{le="0.01"} 994
crease_fanout_backlog_seconds_bucket{le="0.025"} 994
crease_fanout_backlog_seconds_bucket{le="0.05"} 994
crease_fanout_backlog_seconds_bucket{le="0.1"} 994
crease_fanout_backlog_seconds_bucket{le="0.25"} 994
crease_fanout_backlog_seconds_bucket{le="0.5"} 994
crease_fanout_backlog_seconds_bucket{le="1.0"} 994
crease_fanout_backlog_seconds_bucket{le="2.5"} 994
crease_fanout_backlog_seconds_bucket{le="5.0"} 994
crease_fanout_backlog_seconds_bucket{le="10.0"} 994
crease_fanout_backlog_seconds_bucket{le="+Inf"} 994
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 994
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 3101
crease_fanout_latency_seconds_bucket{le="0.00025"} 3101
crease_fanout_latency_seconds_bucket{le="0.0005"} 3101
crease_fanout_latency_seconds_bucket{le="0.001"} 3822
crease_fanout_latency_seconds_bucket{le="0.002"} 3919
crease_fanout_latency_seconds_bucket{le="0.005"} 4157
crease_fanout_latency_seconds_bucket{le="0.01"} 4357
crease_fanout_latency_seconds_bucket{le="0.025"} 4496
crease_fanout_latency_seconds_bucket{le="0.05"} 4499
crease_fanout_latency_seconds_bucket{le="0.1"} 4499
crease_fanout_latency_seconds_bucket{le="0.25"} 4499
crease_fanout_latency_seconds_bucket{le="0.5"} 4499
crease_fanout_latency_seconds_bucket{le="1.0"} 4499
crease_fanout_latency_seconds_bucket{le="2.5"} 4499
crease_fanout_latency_seconds_bucket{le="5.0"} 4499
crease_fanout_latency_seconds_bucket{le="10.0"} 4499
crease_fanout_latency_seconds_bucket{le="+Inf"} 4499
crease_fanout_latency_seconds_sum 5.638
crease_fanout_latency_seconds_count 4499
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 859
crease_delivery_latency_seconds_bucket{le="0.00025"} 859
crease_delivery_latency_seconds_bucket{le="0.0005"} 859
crease_delivery_latency_seconds_bucket{le="0.001"} 4968
crease_delivery_latency_seconds_bucket{le="0.002"} 6317
crease_delivery_latency_seconds_bucket{le="0.005"} 6983
crease_delivery_latency_seconds_bucket{le="0.01"} 7566
crease_delivery_latency_seconds_bucket{le="0.025"} 8841
crease_delivery_latency_seconds_bucket{le="0.05"} 8997
crease_delivery_latency_seconds_bucket{le="0.1"} 8998
crease_delivery_latency_seconds_bucket{le="0.25"} 8998
crease_delivery_latency_seconds_bucket{le="0.5"} 8998
crease_delivery_latency_seconds_bucket{le="1.0"} 8998
crease_delivery_latency_seconds_bucket{le="2.5"} 8998
crease_delivery_latency_seconds_bucket{le="5.0"} 8998
crease_delivery_latency_seconds_bucket{le="10.0"} 8998
crease_delivery_latency_seconds_bucket{le="+Inf"} 8998
crease_delivery_latency_seconds_sum 40.001
crease_delivery_latency_seconds_count 8998
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 360030237
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_connections gauge
crease_connections 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 61
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 423
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 449
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 467
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 483
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 490
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 497
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 497
crease_event_loop_lag_seconds_sum{loop="0"} 0.290155611
crease_event_loop_lag_seconds_count{loop="0"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 55
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 394
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 430
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 457
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 470
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 484
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 493
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 497
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 497
crease_event_loop_lag_seconds_sum{loop="1"} 0.290131826
crease_event_loop_lag_seconds_count{loop="1"} 497
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_matches_active gauge
crease_matches_active 0.0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 1146803
