# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 5347232
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 7248
crease_fanout_latency_seconds_bucket{le="0.00025"} 7248
crease_fanout_latency_seconds_bucket{le="0.0005"} 7248
crease_fanout_latency_seconds_bucket{le="0.001"} 8714
crease_fanout_latency_seconds_bucket{le="0.002"} 9275
crease_fanout_latency_seconds_bucket{le="0.005"} 10284
crease_fanout_latency_seconds_bucket{le="0.01"} 11435
crease_fanout_latency_seconds_bucket{le="0.025"} 12399
crease_fanout_latency_seconds_bucket{le="0.05"} 12505
crease_fanout_latency_seconds_bucket{le="0.1"} 12505
crease_fanout_latency_seconds_bucket{le="0.25"} 12505
crease_fanout_latency_seconds_bucket{le="0.5"} 12505
crease_fanout_latency_seconds_bucket{le="1.0"} 12505
crease_fanout_latency_seconds_bucket{le="2.5"} 12505
crease_fanout_latency_seconds_bucket{le="5.0"} 12505
crease_fanout_latency_seconds_bucket{le="10.0"} 12505
crease_fanout_latency_seconds_bucket{le="+Inf"} 12505
crease_fanout_latency_seconds_sum 33.457
crease_fanout_latency_seconds_count 12505
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_connections gauge
crease_connections 1667.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 67882
crease_input_held_total{limit="requests"} 75912
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 1362041598
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1231
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1231
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1231
crease_fanout_backlog_seconds_bucket{le="0.001"} 1231
crease_fanout_backlog_seconds_bucket{le="0.002"} 1231
crease_fanout_backlog_seconds_bucket{le="0.005"} 1231
crease_fanout_backlog_seconds_bucket{le="0.01"} 1236
crease_fanout_backlog_seconds_bucket{le="0.025"} 1350
crease_fanout_backlog_seconds_bucket{le="0.05"} 1371
crease_fanout_backlog_seconds_bucket{le="0.1"} 1372
crease_fanout_backlog_seconds_bucket{le="0.25"} 1372
crease_fanout_backlog_seconds_bucket{le="0.5"} 1372
crease_fanout_backlog_seconds_bucket{le="1.0"} 1372
crease_fanout_backlog_seconds_bucket{le="2.5"} 1372
crease_fanout_backlog_seconds_bucket{le="5.0"} 1372
crease_fanout_backlog_seconds_bucket{le="10.0"} 1372
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1372
crease_fanout_backlog_seconds_sum 2.765335551
crease_fanout_backlog_seconds_count 1372
# TYPE crease_matches_active gauge
crease_matches_active 81.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 369
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 910
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 968
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 1031
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 1106
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1204
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1275
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1362
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1372
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1372
crease_event_loop_lag_seconds_sum{loop="0"} 2.83823218
crease_event_loop_lag_seconds_count{loop="0"} 1372
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 23111
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 3
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 479
crease_delivery_latency_seconds_bucket{le="0.00025"} 479
crease_delivery_latency_seconds_bucket{le="0.0005"} 479
crease_delivery_latency_seconds_bucket{le="0.001"} 5297
crease_delivery_latency_seconds_bucket{le="0.002"} 7144
crease_delivery_latency_seconds_bucket{le="0.005"} 8184
crease_delivery_latency_seconds_bucket{le="0.01"} 8750
crease_delivery_latency_seconds_bucket{le="0.025"} 10513
crease_delivery_latency_seconds_bucket{le="0.05"} 12164
crease_delivery_latency_seconds_bucket{le="0.1"} 12505
crease_delivery_latency_seconds_bucket{le="0.25"} 12505
crease_delivery_latency_seconds_bucket{le="0.5"} 12505
crease_delivery_latency_seconds_bucket{le="1.0"} 12505
crease_delivery_latency_seconds_bucket{le="2.5"} 12505
crease_delivery_latency_seconds_bucket{le="5.0"} 12505
crease_delivery_latency_seconds_bucket{le="10.0"} 12505
crease_delivery_latency_seconds_bucket{le="+Inf"} 12505
crease_delivery_latency_seconds_sum 128.543
crease_delivery_latency_seconds_count 12505
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12505
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 37189
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
