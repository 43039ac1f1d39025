# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 590097269
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 14186
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2775217
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 456
crease_delivery_latency_seconds_bucket{le="0.00025"} 456
crease_delivery_latency_seconds_bucket{le="0.0005"} 456
crease_delivery_latency_seconds_bucket{le="0.001"} 3314
crease_delivery_latency_seconds_bucket{le="0.002"} 4670
crease_delivery_latency_seconds_bucket{le="0.005"} 5652
crease_delivery_latency_seconds_bucket{le="0.01"} 6199
crease_delivery_latency_seconds_bucket{le="0.025"} 7479
crease_delivery_latency_seconds_bucket{le="0.05"} 8761
crease_delivery_latency_seconds_bucket{le="0.1"} 9010
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 96.737
crease_delivery_latency_seconds_count 9010
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 6921
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_matches_active gauge
crease_matches_active 93.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 72
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 392
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 423
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 450
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 487
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 528
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 553
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 577
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 590
crease_event_loop_lag_seconds_sum{loop="1"} 1.174068867
crease_event_loop_lag_seconds_count{loop="1"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 91
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 365
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 401
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 427
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 477
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 519
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 553
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 577
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 588
crease_event_loop_lag_seconds_sum{loop="0"} 1.299607746
crease_event_loop_lag_seconds_count{loop="0"} 588
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1148
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1148
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1148
crease_fanout_backlog_seconds_bucket{le="0.001"} 1148
crease_fanout_backlog_seconds_bucket{le="0.002"} 1148
crease_fanout_backlog_seconds_bucket{le="0.005"} 1148
crease_fanout_backlog_seconds_bucket{le="0.01"} 1148
crease_fanout_backlog_seconds_bucket{le="0.025"} 1152
crease_fanout_backlog_seconds_bucket{le="0.05"} 1175
crease_fanout_backlog_seconds_bucket{le="0.1"} 1178
crease_fanout_backlog_seconds_bucket{le="0.25"} 1178
crease_fanout_backlog_seconds_bucket{le="0.5"} 1178
crease_fanout_backlog_seconds_bucket{le="1.0"} 1178
crease_fanout_backlog_seconds_bucket{le="2.5"} 1178
crease_fanout_backlog_seconds_bucket{le="5.0"} 1178
crease_fanout_backlog_seconds_bucket{le="10.0"} 1178
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1178
crease_fanout_backlog_seconds_sum 1.100123226
crease_fanout_backlog_seconds_count 1178
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2348
crease_fanout_latency_seconds_bucket{le="0.00025"} 2348
crease_fanout_latency_seconds_bucket{le="0.0005"} 2348
crease_fanout_latency_seconds_bucket{le="0.001"} 3059
crease_fanout_latency_seconds_bucket{le="0.002"} 3253
crease_fanout_latency_seconds_bucket{le="0.005"} 3584
crease_fanout_latency_seconds_bucket{le="0.01"} 3915
crease_fanout_latency_seconds_bucket{le="0.025"} 4371
crease_fanout_latency_seconds_bucket{le="0.05"} 4498
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 16.975
crease_fanout_latency_seconds_count 4505
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 21275
crease_input_held_total{limit="requests"} 32084
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
