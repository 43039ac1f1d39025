# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 42
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 235
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 276
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 291
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 297
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 310
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 332
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 359
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 376
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 377
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 378
crease_event_loop_lag_seconds_sum{loop="0"} 1.493582455
crease_event_loop_lag_seconds_count{loop="0"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 63
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 214
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 263
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 271
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 281
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 299
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 309
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 340
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 363
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 371
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 372
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 372
crease_event_loop_lag_seconds_sum{loop="1"} 2.106568463
crease_event_loop_lag_seconds_count{loop="1"} 372
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 378
crease_delivery_latency_seconds_bucket{le="0.00025"} 378
crease_delivery_latency_seconds_bucket{le="0.0005"} 378
crease_delivery_latency_seconds_bucket{le="0.001"} 6444
crease_delivery_latency_seconds_bucket{le="0.002"} 7729
crease_delivery_latency_seconds_bucket{le="0.005"} 8357
crease_delivery_latency_seconds_bucket{le="0.01"} 8662
crease_delivery_latency_seconds_bucket{le="0.025"} 9299
crease_delivery_latency_seconds_bucket{le="0.05"} 10201
crease_delivery_latency_seconds_bucket{le="0.1"} 11650
crease_delivery_latency_seconds_bucket{le="0.25"} 12594
crease_delivery_latency_seconds_bucket{le="0.5"} 12619
crease_delivery_latency_seconds_bucket{le="1.0"} 12619
crease_delivery_latency_seconds_bucket{le="2.5"} 12619
crease_delivery_latency_seconds_bucket{le="5.0"} 12619
crease_delivery_latency_seconds_bucket{le="10.0"} 12619
crease_delivery_latency_seconds_bucket{le="+Inf"} 12619
crease_delivery_latency_seconds_sum 305.29
crease_delivery_latency_seconds_count 12619
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6350
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 376
crease_fanout_latency_seconds_bucket{le="0.00025"} 376
crease_fanout_latency_seconds_bucket{le="0.0005"} 376
crease_fanout_latency_seconds_bucket{le="0.001"} 4193
crease_fanout_latency_seconds_bucket{le="0.002"} 4325
crease_fanout_latency_seconds_bucket{le="0.005"} 4606
crease_fanout_latency_seconds_bucket{le="0.01"} 4838
crease_fanout_latency_seconds_bucket{le="0.025"} 5352
crease_fanout_latency_seconds_bucket{le="0.05"} 5916
crease_fanout_latency_seconds_bucket{le="0.1"} 6305
crease_fanout_latency_seconds_bucket{le="0.25"} 6350
crease_fanout_latency_seconds_bucket{le="0.5"} 6350
crease_fanout_latency_seconds_bucket{le="1.0"} 6350
crease_fanout_latency_seconds_bucket{le="2.5"} 6350
crease_fanout_latency_seconds_bucket{le="5.0"} 6350
crease_fanout_latency_seconds_bucket{le="10.0"} 6350
crease_fanout_latency_seconds_bucket{le="+Inf"} 6350
crease_fanout_latency_seconds_sum 68.886
crease_fanout_latency_seconds_count 6350
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 637
crease_fanout_backlog_seconds_bucket{le="0.00025"} 637
crease_fanout_backlog_seconds_bucket{le="0.0005"} 637
crease_fanout_backlog_seconds_bucket{le="0.001"} 637
crease_fanout_backlog_seconds_bucket{le="0.002"} 637
crease_fanout_backlog_seconds_bucket{le="0.005"} 637
crease_fanout_backlog_seconds_bucket{le="0.01"} 637
crease_fanout_backlog_seconds_bucket{le="0.025"} 674
crease_fanout_backlog_seconds_bucket{le="0.05"} 719
crease_fanout_backlog_seconds_bucket{le="0.1"} 748
crease_fanout_backlog_seconds_bucket{le="0.25"} 750
crease_fanout_backlog_seconds_bucket{le="0.5"} 750
crease_fanout_backlog_seconds_bucket{le="1.0"} 750
crease_fanout_backlog_seconds_bucket{le="2.5"} 750
crease_fanout_backlog_seconds_bucket{le="5.0"} 750
crease_fanout_backlog_seconds_bucket{le="10.0"} 750
crease_fanout_backlog_seconds_bucket{le="+Inf"} 750
crease_fanout_backlog_seconds_sum 4.525890562
crease_fanout_backlog_seconds_count 750
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 463
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183491765
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 891645
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
