# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 906690
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 161
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 289
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 319
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 329
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 355
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 371
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 391
crease_event_loop_lag_seconds_sum{loop="1"} 0.682687686
crease_event_loop_lag_seconds_count{loop="1"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 158
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 282
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 307
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 316
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 346
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 388
crease_event_loop_lag_seconds_sum{loop="0"} 0.907157861
crease_event_loop_lag_seconds_count{loop="0"} 388
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 5015
crease_fanout_latency_seconds_bucket{le="0.00025"} 5015
crease_fanout_latency_seconds_bucket{le="0.0005"} 5015
crease_fanout_latency_seconds_bucket{le="0.001"} 5140
crease_fanout_latency_seconds_bucket{le="0.002"} 5243
crease_fanout_latency_seconds_bucket{le="0.005"} 5428
crease_fanout_latency_seconds_bucket{le="0.01"} 5651
crease_fanout_latency_seconds_bucket{le="0.025"} 6128
crease_fanout_latency_seconds_bucket{le="0.05"} 6397
crease_fanout_latency_seconds_bucket{le="0.1"} 6436
crease_fanout_latency_seconds_bucket{le="0.25"} 6436
crease_fanout_latency_seconds_bucket{le="0.5"} 6436
crease_fanout_latency_seconds_bucket{le="1.0"} 6436
crease_fanout_latency_seconds_bucket{le="2.5"} 6436
crease_fanout_latency_seconds_bucket{le="5.0"} 6436
crease_fanout_latency_seconds_bucket{le="10.0"} 6436
crease_fanout_latency_seconds_bucket{le="+Inf"} 6436
crease_fanout_latency_seconds_sum 22.413
crease_fanout_latency_seconds_count 6436
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6436
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7738
crease_delivery_latency_seconds_bucket{le="0.00025"} 7738
crease_delivery_latency_seconds_bucket{le="0.0005"} 7738
crease_delivery_latency_seconds_bucket{le="0.001"} 9368
crease_delivery_latency_seconds_bucket{le="0.002"} 9842
crease_delivery_latency_seconds_bucket{le="0.005"} 10127
crease_delivery_latency_seconds_bucket{le="0.01"} 10365
crease_delivery_latency_seconds_bucket{le="0.025"} 10988
crease_delivery_latency_seconds_bucket{le="0.05"} 11957
crease_delivery_latency_seconds_bucket{le="0.1"} 12746
crease_delivery_latency_seconds_bucket{le="0.25"} 12809
crease_delivery_latency_seconds_bucket{le="0.5"} 12809
crease_delivery_latency_seconds_bucket{le="1.0"} 12809
crease_delivery_latency_seconds_bucket{le="2.5"} 12809
crease_delivery_latency_seconds_bucket{le="5.0"} 12809
crease_delivery_latency_seconds_bucket{le="10.0"} 12809
crease_delivery_latency_seconds_bucket{le="+Inf"} 12809
crease_delivery_latency_seconds_sum 113.612
crease_delivery_latency_seconds_count 12809
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 708
crease_fanout_backlog_seconds_bucket{le="0.00025"} 708
crease_fanout_backlog_seconds_bucket{le="0.0005"} 708
crease_fanout_backlog_seconds_bucket{le="0.001"} 708
crease_fanout_backlog_seconds_bucket{le="0.002"} 708
crease_fanout_backlog_seconds_bucket{le="0.005"} 708
crease_fanout_backlog_seconds_bucket{le="0.01"} 708
crease_fanout_backlog_seconds_bucket{le="0.025"} 742
crease_fanout_backlog_seconds_bucket{le="0.05"} 774
crease_fanout_backlog_seconds_bucket{le="0.1"} 779
crease_fanout_backlog_seconds_bucket{le="0.25"} 779
crease_fanout_backlog_seconds_bucket{le="0.5"} 779
crease_fanout_backlog_seconds_bucket{le="1.0"} 779
crease_fanout_backlog_seconds_bucket{le="2.5"} 779
crease_fanout_backlog_seconds_bucket{le="5.0"} 779
crease_fanout_backlog_seconds_bucket{le="10.0"} 779
crease_fanout_backlog_seconds_bucket{le="+Inf"} 779
crease_fanout_backlog_seconds_sum 2.000478429
crease_fanout_backlog_seconds_count 779
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 454
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186586803
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
