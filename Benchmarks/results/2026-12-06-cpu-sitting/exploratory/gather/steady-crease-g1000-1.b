# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 990
crease_delivery_latency_seconds_bucket{le="0.00025"} 990
crease_delivery_latency_seconds_bucket{le="0.0005"} 990
crease_delivery_latency_seconds_bucket{le="0.001"} 4904
crease_delivery_latency_seconds_bucket{le="0.002"} 7710
crease_delivery_latency_seconds_bucket{le="0.005"} 8983
crease_delivery_latency_seconds_bucket{le="0.01"} 9307
crease_delivery_latency_seconds_bucket{le="0.025"} 9996
crease_delivery_latency_seconds_bucket{le="0.05"} 10900
crease_delivery_latency_seconds_bucket{le="0.1"} 12237
crease_delivery_latency_seconds_bucket{le="0.25"} 12525
crease_delivery_latency_seconds_bucket{le="0.5"} 12525
crease_delivery_latency_seconds_bucket{le="1.0"} 12525
crease_delivery_latency_seconds_bucket{le="2.5"} 12525
crease_delivery_latency_seconds_bucket{le="5.0"} 12525
crease_delivery_latency_seconds_bucket{le="10.0"} 12525
crease_delivery_latency_seconds_bucket{le="+Inf"} 12525
crease_delivery_latency_seconds_sum 192.087
crease_delivery_latency_seconds_count 12525
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6297
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 1948
crease_fanout_latency_seconds_bucket{le="0.00025"} 1948
crease_fanout_latency_seconds_bucket{le="0.0005"} 1948
crease_fanout_latency_seconds_bucket{le="0.001"} 3613
crease_fanout_latency_seconds_bucket{le="0.002"} 4589
crease_fanout_latency_seconds_bucket{le="0.005"} 4894
crease_fanout_latency_seconds_bucket{le="0.01"} 5130
crease_fanout_latency_seconds_bucket{le="0.025"} 5631
crease_fanout_latency_seconds_bucket{le="0.05"} 6082
crease_fanout_latency_seconds_bucket{le="0.1"} 6297
crease_fanout_latency_seconds_bucket{le="0.25"} 6297
crease_fanout_latency_seconds_bucket{le="0.5"} 6297
crease_fanout_latency_seconds_bucket{le="1.0"} 6297
crease_fanout_latency_seconds_bucket{le="2.5"} 6297
crease_fanout_latency_seconds_bucket{le="5.0"} 6297
crease_fanout_latency_seconds_bucket{le="10.0"} 6297
crease_fanout_latency_seconds_bucket{le="+Inf"} 6297
crease_fanout_latency_seconds_sum 45.631
crease_fanout_latency_seconds_count 6297
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 680
crease_fanout_backlog_seconds_bucket{le="0.00025"} 680
crease_fanout_backlog_seconds_bucket{le="0.0005"} 680
crease_fanout_backlog_seconds_bucket{le="0.001"} 680
crease_fanout_backlog_seconds_bucket{le="0.002"} 680
crease_fanout_backlog_seconds_bucket{le="0.005"} 680
crease_fanout_backlog_seconds_bucket{le="0.01"} 680
crease_fanout_backlog_seconds_bucket{le="0.025"} 709
crease_fanout_backlog_seconds_bucket{le="0.05"} 754
crease_fanout_backlog_seconds_bucket{le="0.1"} 758
crease_fanout_backlog_seconds_bucket{le="0.25"} 758
crease_fanout_backlog_seconds_bucket{le="0.5"} 758
crease_fanout_backlog_seconds_bucket{le="1.0"} 758
crease_fanout_backlog_seconds_bucket{le="2.5"} 758
crease_fanout_backlog_seconds_bucket{le="5.0"} 758
crease_fanout_backlog_seconds_bucket{le="10.0"} 758
crease_fanout_backlog_seconds_bucket{le="+Inf"} 758
crease_fanout_backlog_seconds_sum 2.288180338
crease_fanout_backlog_seconds_count 758
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 877194
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 181579059
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 453
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 27
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 225
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 291
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 303
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 321
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 329
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 364
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 379
crease_event_loop_lag_seconds_sum{loop="0"} 1.165368577
crease_event_loop_lag_seconds_count{loop="0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 25
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 220
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 279
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 294
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 308
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 318
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 365
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 379
crease_event_loop_lag_seconds_sum{loop="1"} 1.17064961
crease_event_loop_lag_seconds_count{loop="1"} 379
