# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 98
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 279
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 319
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 329
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 345
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 358
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 390
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 390
crease_event_loop_lag_seconds_sum{loop="1"} 0.874224026
crease_event_loop_lag_seconds_count{loop="1"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 80
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 274
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 301
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 338
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 356
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 389
crease_event_loop_lag_seconds_sum{loop="0"} 0.922689932
crease_event_loop_lag_seconds_count{loop="0"} 389
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 701
crease_fanout_backlog_seconds_bucket{le="0.00025"} 701
crease_fanout_backlog_seconds_bucket{le="0.0005"} 701
crease_fanout_backlog_seconds_bucket{le="0.001"} 701
crease_fanout_backlog_seconds_bucket{le="0.002"} 701
crease_fanout_backlog_seconds_bucket{le="0.005"} 701
crease_fanout_backlog_seconds_bucket{le="0.01"} 701
crease_fanout_backlog_seconds_bucket{le="0.025"} 727
crease_fanout_backlog_seconds_bucket{le="0.05"} 775
crease_fanout_backlog_seconds_bucket{le="0.1"} 779
crease_fanout_backlog_seconds_bucket{le="0.25"} 779
crease_fanout_backlog_seconds_bucket{le="0.5"} 779
crease_fanout_backlog_seconds_bucket{le="1.0"} 779
crease_fanout_backlog_seconds_bucket{le="2.5"} 779
crease_fanout_backlog_seconds_bucket{le="5.0"} 779
crease_fanout_backlog_seconds_bucket{le="10.0"} 779
crease_fanout_backlog_seconds_bucket{le="+Inf"} 779
crease_fanout_backlog_seconds_sum 2.330426663
crease_fanout_backlog_seconds_count 779
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4510
crease_fanout_latency_seconds_bucket{le="0.00025"} 4510
crease_fanout_latency_seconds_bucket{le="0.0005"} 4510
crease_fanout_latency_seconds_bucket{le="0.001"} 4997
crease_fanout_latency_seconds_bucket{le="0.002"} 5092
crease_fanout_latency_seconds_bucket{le="0.005"} 5318
crease_fanout_latency_seconds_bucket{le="0.01"} 5537
crease_fanout_latency_seconds_bucket{le="0.025"} 6000
crease_fanout_latency_seconds_bucket{le="0.05"} 6366
crease_fanout_latency_seconds_bucket{le="0.1"} 6461
crease_fanout_latency_seconds_bucket{le="0.25"} 6463
crease_fanout_latency_seconds_bucket{le="0.5"} 6463
crease_fanout_latency_seconds_bucket{le="1.0"} 6463
crease_fanout_latency_seconds_bucket{le="2.5"} 6463
crease_fanout_latency_seconds_bucket{le="5.0"} 6463
crease_fanout_latency_seconds_bucket{le="10.0"} 6463
crease_fanout_latency_seconds_bucket{le="+Inf"} 6463
crease_fanout_latency_seconds_sum 30.454
crease_fanout_latency_seconds_count 6463
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 907680
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6463
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 466
crease_resyncs_total{reason="shed"} 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186909817
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 3443
crease_delivery_latency_seconds_bucket{le="0.00025"} 3443
crease_delivery_latency_seconds_bucket{le="0.0005"} 3443
crease_delivery_latency_seconds_bucket{le="0.001"} 8254
crease_delivery_latency_seconds_bucket{le="0.002"} 8975
crease_delivery_latency_seconds_bucket{le="0.005"} 9814
crease_delivery_latency_seconds_bucket{le="0.01"} 10125
crease_delivery_latency_seconds_bucket{le="0.025"} 10744
crease_delivery_latency_seconds_bucket{le="0.05"} 11682
crease_delivery_latency_seconds_bucket{le="0.1"} 12742
crease_delivery_latency_seconds_bucket{le="0.25"} 12863
crease_delivery_latency_seconds_bucket{le="0.5"} 12863
crease_delivery_latency_seconds_bucket{le="1.0"} 12863
crease_delivery_latency_seconds_bucket{le="2.5"} 12863
crease_delivery_latency_seconds_bucket{le="5.0"} 12863
crease_delivery_latency_seconds_bucket{le="10.0"} 12863
crease_delivery_latency_seconds_bucket{le="+Inf"} 12863
crease_delivery_latency_seconds_sum 144.666
crease_delivery_latency_seconds_count 12863
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
