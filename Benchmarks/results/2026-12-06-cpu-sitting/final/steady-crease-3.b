# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 39
crease_delivery_latency_seconds_bucket{le="0.00025"} 39
crease_delivery_latency_seconds_bucket{le="0.0005"} 39
crease_delivery_latency_seconds_bucket{le="0.001"} 7597
crease_delivery_latency_seconds_bucket{le="0.002"} 8666
crease_delivery_latency_seconds_bucket{le="0.005"} 9153
crease_delivery_latency_seconds_bucket{le="0.01"} 9490
crease_delivery_latency_seconds_bucket{le="0.025"} 10178
crease_delivery_latency_seconds_bucket{le="0.05"} 11075
crease_delivery_latency_seconds_bucket{le="0.1"} 12286
crease_delivery_latency_seconds_bucket{le="0.25"} 12738
crease_delivery_latency_seconds_bucket{le="0.5"} 12738
crease_delivery_latency_seconds_bucket{le="1.0"} 12738
crease_delivery_latency_seconds_bucket{le="2.5"} 12738
crease_delivery_latency_seconds_bucket{le="5.0"} 12738
crease_delivery_latency_seconds_bucket{le="10.0"} 12738
crease_delivery_latency_seconds_bucket{le="+Inf"} 12738
crease_delivery_latency_seconds_sum 202.458
crease_delivery_latency_seconds_count 12738
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6397
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183376372
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 665
crease_fanout_backlog_seconds_bucket{le="0.00025"} 665
crease_fanout_backlog_seconds_bucket{le="0.0005"} 665
crease_fanout_backlog_seconds_bucket{le="0.001"} 665
crease_fanout_backlog_seconds_bucket{le="0.002"} 665
crease_fanout_backlog_seconds_bucket{le="0.005"} 665
crease_fanout_backlog_seconds_bucket{le="0.01"} 665
crease_fanout_backlog_seconds_bucket{le="0.025"} 689
crease_fanout_backlog_seconds_bucket{le="0.05"} 742
crease_fanout_backlog_seconds_bucket{le="0.1"} 762
crease_fanout_backlog_seconds_bucket{le="0.25"} 762
crease_fanout_backlog_seconds_bucket{le="0.5"} 762
crease_fanout_backlog_seconds_bucket{le="1.0"} 762
crease_fanout_backlog_seconds_bucket{le="2.5"} 762
crease_fanout_backlog_seconds_bucket{le="5.0"} 762
crease_fanout_backlog_seconds_bucket{le="10.0"} 762
crease_fanout_backlog_seconds_bucket{le="+Inf"} 762
crease_fanout_backlog_seconds_sum 3.813439496
crease_fanout_backlog_seconds_count 762
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 893073
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 49
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 238
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 299
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 306
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 315
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 340
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 371
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 384
crease_event_loop_lag_seconds_sum{loop="1"} 1.139941128
crease_event_loop_lag_seconds_count{loop="1"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 77
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 241
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 305
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 323
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 353
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 370
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 378
crease_event_loop_lag_seconds_sum{loop="0"} 1.676560303
crease_event_loop_lag_seconds_count{loop="0"} 378
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 555
crease_fanout_latency_seconds_bucket{le="0.00025"} 555
crease_fanout_latency_seconds_bucket{le="0.0005"} 555
crease_fanout_latency_seconds_bucket{le="0.001"} 4661
crease_fanout_latency_seconds_bucket{le="0.002"} 4807
crease_fanout_latency_seconds_bucket{le="0.005"} 5054
crease_fanout_latency_seconds_bucket{le="0.01"} 5299
crease_fanout_latency_seconds_bucket{le="0.025"} 5734
crease_fanout_latency_seconds_bucket{le="0.05"} 6091
crease_fanout_latency_seconds_bucket{le="0.1"} 6392
crease_fanout_latency_seconds_bucket{le="0.25"} 6397
crease_fanout_latency_seconds_bucket{le="0.5"} 6397
crease_fanout_latency_seconds_bucket{le="1.0"} 6397
crease_fanout_latency_seconds_bucket{le="2.5"} 6397
crease_fanout_latency_seconds_bucket{le="5.0"} 6397
crease_fanout_latency_seconds_bucket{le="10.0"} 6397
crease_fanout_latency_seconds_bucket{le="+Inf"} 6397
crease_fanout_latency_seconds_sum 48.235
crease_fanout_latency_seconds_count 6397
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 479
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
