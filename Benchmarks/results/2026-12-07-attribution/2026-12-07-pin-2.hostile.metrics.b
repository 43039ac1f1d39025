# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 147
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 350
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 369
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 398
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 450
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 494
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 526
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 584
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 589
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 589
crease_event_loop_lag_seconds_sum{loop="0"} 1.586851298
crease_event_loop_lag_seconds_count{loop="0"} 589
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_matches_active gauge
crease_matches_active 98.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2782001
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2091
crease_fanout_latency_seconds_bucket{le="0.00025"} 2091
crease_fanout_latency_seconds_bucket{le="0.0005"} 2091
crease_fanout_latency_seconds_bucket{le="0.001"} 2749
crease_fanout_latency_seconds_bucket{le="0.002"} 2994
crease_fanout_latency_seconds_bucket{le="0.005"} 3391
crease_fanout_latency_seconds_bucket{le="0.01"} 3829
crease_fanout_latency_seconds_bucket{le="0.025"} 4408
crease_fanout_latency_seconds_bucket{le="0.05"} 4504
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 18.484
crease_fanout_latency_seconds_count 4505
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 7269
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 47
crease_delivery_latency_seconds_bucket{le="0.00025"} 47
crease_delivery_latency_seconds_bucket{le="0.0005"} 47
crease_delivery_latency_seconds_bucket{le="0.001"} 1312
crease_delivery_latency_seconds_bucket{le="0.002"} 2145
crease_delivery_latency_seconds_bucket{le="0.005"} 2603
crease_delivery_latency_seconds_bucket{le="0.01"} 2802
crease_delivery_latency_seconds_bucket{le="0.025"} 3320
crease_delivery_latency_seconds_bucket{le="0.05"} 4232
crease_delivery_latency_seconds_bucket{le="0.1"} 4505
crease_delivery_latency_seconds_bucket{le="0.25"} 4505
crease_delivery_latency_seconds_bucket{le="0.5"} 4505
crease_delivery_latency_seconds_bucket{le="1.0"} 4505
crease_delivery_latency_seconds_bucket{le="2.5"} 4505
crease_delivery_latency_seconds_bucket{le="5.0"} 4505
crease_delivery_latency_seconds_bucket{le="10.0"} 4505
crease_delivery_latency_seconds_bucket{le="+Inf"} 4505
crease_delivery_latency_seconds_sum 65.811
crease_delivery_latency_seconds_count 4505
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 593314746
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 32902
crease_input_held_total{limit="frames"} 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 9848
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 499
crease_fanout_backlog_seconds_bucket{le="0.00025"} 499
crease_fanout_backlog_seconds_bucket{le="0.0005"} 499
crease_fanout_backlog_seconds_bucket{le="0.001"} 499
crease_fanout_backlog_seconds_bucket{le="0.002"} 499
crease_fanout_backlog_seconds_bucket{le="0.005"} 499
crease_fanout_backlog_seconds_bucket{le="0.01"} 499
crease_fanout_backlog_seconds_bucket{le="0.025"} 564
crease_fanout_backlog_seconds_bucket{le="0.05"} 586
crease_fanout_backlog_seconds_bucket{le="0.1"} 589
crease_fanout_backlog_seconds_bucket{le="0.25"} 589
crease_fanout_backlog_seconds_bucket{le="0.5"} 589
crease_fanout_backlog_seconds_bucket{le="1.0"} 589
crease_fanout_backlog_seconds_bucket{le="2.5"} 589
crease_fanout_backlog_seconds_bucket{le="5.0"} 589
crease_fanout_backlog_seconds_bucket{le="10.0"} 589
crease_fanout_backlog_seconds_bucket{le="+Inf"} 589
crease_fanout_backlog_seconds_sum 2.164246403
crease_fanout_backlog_seconds_count 589
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
