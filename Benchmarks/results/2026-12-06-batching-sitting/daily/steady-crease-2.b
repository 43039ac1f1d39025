# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 168
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 326
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 335
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 348
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 353
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 390
crease_event_loop_lag_seconds_sum{loop="0"} 0.855428624
crease_event_loop_lag_seconds_count{loop="0"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 171
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 319
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 327
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 332
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 350
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 358
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 389
crease_event_loop_lag_seconds_sum{loop="1"} 0.894659694
crease_event_loop_lag_seconds_count{loop="1"} 389
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6457
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 460
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 8457
crease_delivery_latency_seconds_bucket{le="0.00025"} 8457
crease_delivery_latency_seconds_bucket{le="0.0005"} 8457
crease_delivery_latency_seconds_bucket{le="0.001"} 9600
crease_delivery_latency_seconds_bucket{le="0.002"} 9823
crease_delivery_latency_seconds_bucket{le="0.005"} 10106
crease_delivery_latency_seconds_bucket{le="0.01"} 10365
crease_delivery_latency_seconds_bucket{le="0.025"} 10968
crease_delivery_latency_seconds_bucket{le="0.05"} 11840
crease_delivery_latency_seconds_bucket{le="0.1"} 12756
crease_delivery_latency_seconds_bucket{le="0.25"} 12840
crease_delivery_latency_seconds_bucket{le="0.5"} 12840
crease_delivery_latency_seconds_bucket{le="1.0"} 12840
crease_delivery_latency_seconds_bucket{le="2.5"} 12840
crease_delivery_latency_seconds_bucket{le="5.0"} 12840
crease_delivery_latency_seconds_bucket{le="10.0"} 12840
crease_delivery_latency_seconds_bucket{le="+Inf"} 12840
crease_delivery_latency_seconds_sum 121.488
crease_delivery_latency_seconds_count 12840
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 908186
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 187869936
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 723
crease_fanout_backlog_seconds_bucket{le="0.00025"} 723
crease_fanout_backlog_seconds_bucket{le="0.0005"} 723
crease_fanout_backlog_seconds_bucket{le="0.001"} 723
crease_fanout_backlog_seconds_bucket{le="0.002"} 723
crease_fanout_backlog_seconds_bucket{le="0.005"} 723
crease_fanout_backlog_seconds_bucket{le="0.01"} 723
crease_fanout_backlog_seconds_bucket{le="0.025"} 744
crease_fanout_backlog_seconds_bucket{le="0.05"} 771
crease_fanout_backlog_seconds_bucket{le="0.1"} 779
crease_fanout_backlog_seconds_bucket{le="0.25"} 779
crease_fanout_backlog_seconds_bucket{le="0.5"} 779
crease_fanout_backlog_seconds_bucket{le="1.0"} 779
crease_fanout_backlog_seconds_bucket{le="2.5"} 779
crease_fanout_backlog_seconds_bucket{le="5.0"} 779
crease_fanout_backlog_seconds_bucket{le="10.0"} 779
crease_fanout_backlog_seconds_bucket{le="+Inf"} 779
crease_fanout_backlog_seconds_sum 1.773129013
crease_fanout_backlog_seconds_count 779
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 5103
crease_fanout_latency_seconds_bucket{le="0.00025"} 5103
crease_fanout_latency_seconds_bucket{le="0.0005"} 5103
crease_fanout_latency_seconds_bucket{le="0.001"} 5207
crease_fanout_latency_seconds_bucket{le="0.002"} 5282
crease_fanout_latency_seconds_bucket{le="0.005"} 5420
crease_fanout_latency_seconds_bucket{le="0.01"} 5582
crease_fanout_latency_seconds_bucket{le="0.025"} 5992
crease_fanout_latency_seconds_bucket{le="0.05"} 6370
crease_fanout_latency_seconds_bucket{le="0.1"} 6458
crease_fanout_latency_seconds_bucket{le="0.25"} 6458
crease_fanout_latency_seconds_bucket{le="0.5"} 6458
crease_fanout_latency_seconds_bucket{le="1.0"} 6458
crease_fanout_latency_seconds_bucket{le="2.5"} 6458
crease_fanout_latency_seconds_bucket{le="5.0"} 6458
crease_fanout_latency_seconds_bucket{le="10.0"} 6458
crease_fanout_latency_seconds_bucket{le="+Inf"} 6458
crease_fanout_latency_seconds_sum 27.986
crease_fanout_latency_seconds_count 6458
