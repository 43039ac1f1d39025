# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1181
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1181
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1181
crease_fanout_backlog_seconds_bucket{le="0.001"} 1181
crease_fanout_backlog_seconds_bucket{le="0.002"} 1181
crease_fanout_backlog_seconds_bucket{le="0.005"} 1181
crease_fanout_backlog_seconds_bucket{le="0.01"} 1181
crease_fanout_backlog_seconds_bucket{le="0.025"} 1181
crease_fanout_backlog_seconds_bucket{le="0.05"} 1181
crease_fanout_backlog_seconds_bucket{le="0.1"} 1181
crease_fanout_backlog_seconds_bucket{le="0.25"} 1181
crease_fanout_backlog_seconds_bucket{le="0.5"} 1181
crease_fanout_backlog_seconds_bucket{le="1.0"} 1181
crease_fanout_backlog_seconds_bucket{le="2.5"} 1181
crease_fanout_backlog_seconds_bucket{le="5.0"} 1181
crease_fanout_backlog_seconds_bucket{le="10.0"} 1181
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1181
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 1181
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 6931
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
# TYPE crease_matches_active gauge
crease_matches_active 91.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 628
crease_delivery_latency_seconds_bucket{le="0.00025"} 628
crease_delivery_latency_seconds_bucket{le="0.0005"} 628
crease_delivery_latency_seconds_bucket{le="0.001"} 3697
crease_delivery_latency_seconds_bucket{le="0.002"} 5050
crease_delivery_latency_seconds_bucket{le="0.005"} 6008
crease_delivery_latency_seconds_bucket{le="0.01"} 6598
crease_delivery_latency_seconds_bucket{le="0.025"} 7938
crease_delivery_latency_seconds_bucket{le="0.05"} 8876
crease_delivery_latency_seconds_bucket{le="0.1"} 9009
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 77.969
crease_delivery_latency_seconds_count 9010
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 95
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 413
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 439
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 461
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 536
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 554
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 584
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 590
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 590
crease_event_loop_lag_seconds_sum{loop="0"} 1.059208511
crease_event_loop_lag_seconds_count{loop="0"} 590
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 78
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 398
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 430
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 465
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 502
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 541
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 561
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 591
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 591
crease_event_loop_lag_seconds_sum{loop="1"} 0.967594883
crease_event_loop_lag_seconds_count{loop="1"} 591
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2561
crease_fanout_latency_seconds_bucket{le="0.00025"} 2561
crease_fanout_latency_seconds_bucket{le="0.0005"} 2561
crease_fanout_latency_seconds_bucket{le="0.001"} 3233
crease_fanout_latency_seconds_bucket{le="0.002"} 3399
crease_fanout_latency_seconds_bucket{le="0.005"} 3676
crease_fanout_latency_seconds_bucket{le="0.01"} 3933
crease_fanout_latency_seconds_bucket{le="0.025"} 4323
crease_fanout_latency_seconds_bucket{le="0.05"} 4498
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 16.786
crease_fanout_latency_seconds_count 4505
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2778452
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 32310
crease_input_held_total{limit="frames"} 27596
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 590252905
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 16179
