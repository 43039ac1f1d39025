# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 5053
crease_fanout_latency_seconds_bucket{le="0.00025"} 5053
crease_fanout_latency_seconds_bucket{le="0.0005"} 5053
crease_fanout_latency_seconds_bucket{le="0.001"} 5132
crease_fanout_latency_seconds_bucket{le="0.002"} 5200
crease_fanout_latency_seconds_bucket{le="0.005"} 5348
crease_fanout_latency_seconds_bucket{le="0.01"} 5511
crease_fanout_latency_seconds_bucket{le="0.025"} 5906
crease_fanout_latency_seconds_bucket{le="0.05"} 6275
crease_fanout_latency_seconds_bucket{le="0.1"} 6327
crease_fanout_latency_seconds_bucket{le="0.25"} 6327
crease_fanout_latency_seconds_bucket{le="0.5"} 6327
crease_fanout_latency_seconds_bucket{le="1.0"} 6327
crease_fanout_latency_seconds_bucket{le="2.5"} 6327
crease_fanout_latency_seconds_bucket{le="5.0"} 6327
crease_fanout_latency_seconds_bucket{le="10.0"} 6327
crease_fanout_latency_seconds_bucket{le="+Inf"} 6327
crease_fanout_latency_seconds_sum 25.064
crease_fanout_latency_seconds_count 6327
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 182650673
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 476
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 171
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 294
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 321
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 333
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 344
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 349
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 359
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="1"} 0.696070024
crease_event_loop_lag_seconds_count{loop="1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 152
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 274
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 327
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 339
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 356
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="0"} 0.682304122
crease_event_loop_lag_seconds_count{loop="0"} 385
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890179
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7371
crease_delivery_latency_seconds_bucket{le="0.00025"} 7371
crease_delivery_latency_seconds_bucket{le="0.0005"} 7371
crease_delivery_latency_seconds_bucket{le="0.001"} 9507
crease_delivery_latency_seconds_bucket{le="0.002"} 9747
crease_delivery_latency_seconds_bucket{le="0.005"} 10053
crease_delivery_latency_seconds_bucket{le="0.01"} 10273
crease_delivery_latency_seconds_bucket{le="0.025"} 10865
crease_delivery_latency_seconds_bucket{le="0.05"} 11798
crease_delivery_latency_seconds_bucket{le="0.1"} 12571
crease_delivery_latency_seconds_bucket{le="0.25"} 12592
crease_delivery_latency_seconds_bucket{le="0.5"} 12592
crease_delivery_latency_seconds_bucket{le="1.0"} 12592
crease_delivery_latency_seconds_bucket{le="2.5"} 12592
crease_delivery_latency_seconds_bucket{le="5.0"} 12592
crease_delivery_latency_seconds_bucket{le="10.0"} 12592
crease_delivery_latency_seconds_bucket{le="+Inf"} 12592
crease_delivery_latency_seconds_sum 104.317
crease_delivery_latency_seconds_count 12592
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 713
crease_fanout_backlog_seconds_bucket{le="0.00025"} 713
crease_fanout_backlog_seconds_bucket{le="0.0005"} 713
crease_fanout_backlog_seconds_bucket{le="0.001"} 713
crease_fanout_backlog_seconds_bucket{le="0.002"} 713
crease_fanout_backlog_seconds_bucket{le="0.005"} 713
crease_fanout_backlog_seconds_bucket{le="0.01"} 713
crease_fanout_backlog_seconds_bucket{le="0.025"} 747
crease_fanout_backlog_seconds_bucket{le="0.05"} 770
crease_fanout_backlog_seconds_bucket{le="0.1"} 770
crease_fanout_backlog_seconds_bucket{le="0.25"} 770
crease_fanout_backlog_seconds_bucket{le="0.5"} 770
crease_fanout_backlog_seconds_bucket{le="1.0"} 770
crease_fanout_backlog_seconds_bucket{le="2.5"} 770
crease_fanout_backlog_seconds_bucket{le="5.0"} 770
crease_fanout_backlog_seconds_bucket{le="10.0"} 770
crease_fanout_backlog_seconds_bucket{le="+Inf"} 770
crease_fanout_backlog_seconds_sum 1.252047261
crease_fanout_backlog_seconds_count 770
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6327
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
