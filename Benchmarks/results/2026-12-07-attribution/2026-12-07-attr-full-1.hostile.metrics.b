# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 21469
crease_input_held_total{limit="requests"} 32091
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2776999
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_matches_active gauge
crease_matches_active 94.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 71
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 399
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 429
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 462
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 503
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 531
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 549
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 571
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 588
crease_event_loop_lag_seconds_sum{loop="0"} 1.277924857
crease_event_loop_lag_seconds_count{loop="0"} 588
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 61
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 405
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 438
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 484
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 525
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 551
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 583
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 589
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 589
crease_event_loop_lag_seconds_sum{loop="1"} 1.156448625
crease_event_loop_lag_seconds_count{loop="1"} 589
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 14362
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 6953
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 590449418
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 588
crease_delivery_latency_seconds_bucket{le="0.00025"} 588
crease_delivery_latency_seconds_bucket{le="0.0005"} 588
crease_delivery_latency_seconds_bucket{le="0.001"} 3597
crease_delivery_latency_seconds_bucket{le="0.002"} 4953
crease_delivery_latency_seconds_bucket{le="0.005"} 5839
crease_delivery_latency_seconds_bucket{le="0.01"} 6372
crease_delivery_latency_seconds_bucket{le="0.025"} 7640
crease_delivery_latency_seconds_bucket{le="0.05"} 8766
crease_delivery_latency_seconds_bucket{le="0.1"} 9010
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 90.443
crease_delivery_latency_seconds_count 9010
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2510
crease_fanout_latency_seconds_bucket{le="0.00025"} 2510
crease_fanout_latency_seconds_bucket{le="0.0005"} 2510
crease_fanout_latency_seconds_bucket{le="0.001"} 3137
crease_fanout_latency_seconds_bucket{le="0.002"} 3326
crease_fanout_latency_seconds_bucket{le="0.005"} 3578
crease_fanout_latency_seconds_bucket{le="0.01"} 3881
crease_fanout_latency_seconds_bucket{le="0.025"} 4328
crease_fanout_latency_seconds_bucket{le="0.05"} 4494
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 17.974
crease_fanout_latency_seconds_count 4505
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1163
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1163
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1163
crease_fanout_backlog_seconds_bucket{le="0.001"} 1163
crease_fanout_backlog_seconds_bucket{le="0.002"} 1163
crease_fanout_backlog_seconds_bucket{le="0.005"} 1163
crease_fanout_backlog_seconds_bucket{le="0.01"} 1163
crease_fanout_backlog_seconds_bucket{le="0.025"} 1165
crease_fanout_backlog_seconds_bucket{le="0.05"} 1176
crease_fanout_backlog_seconds_bucket{le="0.1"} 1177
crease_fanout_backlog_seconds_bucket{le="0.25"} 1177
crease_fanout_backlog_seconds_bucket{le="0.5"} 1177
crease_fanout_backlog_seconds_bucket{le="1.0"} 1177
crease_fanout_backlog_seconds_bucket{le="2.5"} 1177
crease_fanout_backlog_seconds_bucket{le="5.0"} 1177
crease_fanout_backlog_seconds_bucket{le="10.0"} 1177
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1177
crease_fanout_backlog_seconds_sum 0.518323082
crease_fanout_backlog_seconds_count 1177
