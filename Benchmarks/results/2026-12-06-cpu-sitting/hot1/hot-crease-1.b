# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 881761
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 621
crease_fanout_backlog_seconds_bucket{le="0.00025"} 621
crease_fanout_backlog_seconds_bucket{le="0.0005"} 621
crease_fanout_backlog_seconds_bucket{le="0.001"} 621
crease_fanout_backlog_seconds_bucket{le="0.002"} 621
crease_fanout_backlog_seconds_bucket{le="0.005"} 621
crease_fanout_backlog_seconds_bucket{le="0.01"} 621
crease_fanout_backlog_seconds_bucket{le="0.025"} 631
crease_fanout_backlog_seconds_bucket{le="0.05"} 653
crease_fanout_backlog_seconds_bucket{le="0.1"} 713
crease_fanout_backlog_seconds_bucket{le="0.25"} 760
crease_fanout_backlog_seconds_bucket{le="0.5"} 760
crease_fanout_backlog_seconds_bucket{le="1.0"} 760
crease_fanout_backlog_seconds_bucket{le="2.5"} 760
crease_fanout_backlog_seconds_bucket{le="5.0"} 760
crease_fanout_backlog_seconds_bucket{le="10.0"} 760
crease_fanout_backlog_seconds_bucket{le="+Inf"} 760
crease_fanout_backlog_seconds_sum 12.109135942
crease_fanout_backlog_seconds_count 760
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 46
crease_fanout_latency_seconds_bucket{le="0.00025"} 46
crease_fanout_latency_seconds_bucket{le="0.0005"} 46
crease_fanout_latency_seconds_bucket{le="0.001"} 63
crease_fanout_latency_seconds_bucket{le="0.002"} 64
crease_fanout_latency_seconds_bucket{le="0.005"} 64
crease_fanout_latency_seconds_bucket{le="0.01"} 64
crease_fanout_latency_seconds_bucket{le="0.025"} 64
crease_fanout_latency_seconds_bucket{le="0.05"} 64
crease_fanout_latency_seconds_bucket{le="0.1"} 64
crease_fanout_latency_seconds_bucket{le="0.25"} 64
crease_fanout_latency_seconds_bucket{le="0.5"} 64
crease_fanout_latency_seconds_bucket{le="1.0"} 64
crease_fanout_latency_seconds_bucket{le="2.5"} 64
crease_fanout_latency_seconds_bucket{le="5.0"} 64
crease_fanout_latency_seconds_bucket{le="10.0"} 64
crease_fanout_latency_seconds_bucket{le="+Inf"} 64
crease_fanout_latency_seconds_sum 0.019
crease_fanout_latency_seconds_count 64
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 330
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 2
crease_delivery_latency_seconds_bucket{le="0.01"} 3
crease_delivery_latency_seconds_bucket{le="0.025"} 6
crease_delivery_latency_seconds_bucket{le="0.05"} 11
crease_delivery_latency_seconds_bucket{le="0.1"} 33
crease_delivery_latency_seconds_bucket{le="0.25"} 126
crease_delivery_latency_seconds_bucket{le="0.5"} 126
crease_delivery_latency_seconds_bucket{le="1.0"} 126
crease_delivery_latency_seconds_bucket{le="2.5"} 126
crease_delivery_latency_seconds_bucket{le="5.0"} 126
crease_delivery_latency_seconds_bucket{le="10.0"} 126
crease_delivery_latency_seconds_bucket{le="+Inf"} 126
crease_delivery_latency_seconds_sum 17.254
crease_delivery_latency_seconds_count 126
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 64
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 179820552
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 63
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 247
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 288
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 294
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 299
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 313
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 333
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 368
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 377
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 379
crease_event_loop_lag_seconds_sum{loop="1"} 1.233733063
crease_event_loop_lag_seconds_count{loop="1"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 60
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 259
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 299
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 315
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 324
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 372
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 381
crease_event_loop_lag_seconds_sum{loop="0"} 1.023068805
crease_event_loop_lag_seconds_count{loop="0"} 381
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
