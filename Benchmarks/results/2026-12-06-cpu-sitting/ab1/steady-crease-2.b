# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186656339
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 459
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 156
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 268
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 332
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 338
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 352
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 366
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 391
crease_event_loop_lag_seconds_sum{loop="1"} 0.697248629
crease_event_loop_lag_seconds_count{loop="1"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 136
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 276
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 334
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 341
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 356
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 389
crease_event_loop_lag_seconds_sum{loop="0"} 0.890913039
crease_event_loop_lag_seconds_count{loop="0"} 389
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 710
crease_fanout_backlog_seconds_bucket{le="0.00025"} 710
crease_fanout_backlog_seconds_bucket{le="0.0005"} 710
crease_fanout_backlog_seconds_bucket{le="0.001"} 710
crease_fanout_backlog_seconds_bucket{le="0.002"} 710
crease_fanout_backlog_seconds_bucket{le="0.005"} 710
crease_fanout_backlog_seconds_bucket{le="0.01"} 710
crease_fanout_backlog_seconds_bucket{le="0.025"} 745
crease_fanout_backlog_seconds_bucket{le="0.05"} 780
crease_fanout_backlog_seconds_bucket{le="0.1"} 780
crease_fanout_backlog_seconds_bucket{le="0.25"} 780
crease_fanout_backlog_seconds_bucket{le="0.5"} 780
crease_fanout_backlog_seconds_bucket{le="1.0"} 780
crease_fanout_backlog_seconds_bucket{le="2.5"} 780
crease_fanout_backlog_seconds_bucket{le="5.0"} 780
crease_fanout_backlog_seconds_bucket{le="10.0"} 780
crease_fanout_backlog_seconds_bucket{le="+Inf"} 780
crease_fanout_backlog_seconds_sum 1.625746107
crease_fanout_backlog_seconds_count 780
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 1596
crease_delivery_latency_seconds_bucket{le="0.00025"} 1596
crease_delivery_latency_seconds_bucket{le="0.0005"} 1596
crease_delivery_latency_seconds_bucket{le="0.001"} 8706
crease_delivery_latency_seconds_bucket{le="0.002"} 9790
crease_delivery_latency_seconds_bucket{le="0.005"} 10274
crease_delivery_latency_seconds_bucket{le="0.01"} 10544
crease_delivery_latency_seconds_bucket{le="0.025"} 11198
crease_delivery_latency_seconds_bucket{le="0.05"} 12082
crease_delivery_latency_seconds_bucket{le="0.1"} 12794
crease_delivery_latency_seconds_bucket{le="0.25"} 12827
crease_delivery_latency_seconds_bucket{le="0.5"} 12827
crease_delivery_latency_seconds_bucket{le="1.0"} 12827
crease_delivery_latency_seconds_bucket{le="2.5"} 12827
crease_delivery_latency_seconds_bucket{le="5.0"} 12827
crease_delivery_latency_seconds_bucket{le="10.0"} 12827
crease_delivery_latency_seconds_bucket{le="+Inf"} 12827
crease_delivery_latency_seconds_sum 109.448
crease_delivery_latency_seconds_count 12827
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4347
crease_fanout_latency_seconds_bucket{le="0.00025"} 4347
crease_fanout_latency_seconds_bucket{le="0.0005"} 4347
crease_fanout_latency_seconds_bucket{le="0.001"} 5048
crease_fanout_latency_seconds_bucket{le="0.002"} 5306
crease_fanout_latency_seconds_bucket{le="0.005"} 5498
crease_fanout_latency_seconds_bucket{le="0.01"} 5697
crease_fanout_latency_seconds_bucket{le="0.025"} 6090
crease_fanout_latency_seconds_bucket{le="0.05"} 6392
crease_fanout_latency_seconds_bucket{le="0.1"} 6451
crease_fanout_latency_seconds_bucket{le="0.25"} 6453
crease_fanout_latency_seconds_bucket{le="0.5"} 6453
crease_fanout_latency_seconds_bucket{le="1.0"} 6453
crease_fanout_latency_seconds_bucket{le="2.5"} 6453
crease_fanout_latency_seconds_bucket{le="5.0"} 6453
crease_fanout_latency_seconds_bucket{le="10.0"} 6453
crease_fanout_latency_seconds_bucket{le="+Inf"} 6453
crease_fanout_latency_seconds_sum 25.08
crease_fanout_latency_seconds_count 6453
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 907183
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6453
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
