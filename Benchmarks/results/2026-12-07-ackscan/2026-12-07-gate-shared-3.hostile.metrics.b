# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 1363529366
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 3304
crease_delivery_latency_seconds_bucket{le="0.00025"} 3304
crease_delivery_latency_seconds_bucket{le="0.0005"} 3304
crease_delivery_latency_seconds_bucket{le="0.001"} 13264
crease_delivery_latency_seconds_bucket{le="0.002"} 16150
crease_delivery_latency_seconds_bucket{le="0.005"} 18211
crease_delivery_latency_seconds_bucket{le="0.01"} 19817
crease_delivery_latency_seconds_bucket{le="0.025"} 23563
crease_delivery_latency_seconds_bucket{le="0.05"} 24928
crease_delivery_latency_seconds_bucket{le="0.1"} 25010
crease_delivery_latency_seconds_bucket{le="0.25"} 25010
crease_delivery_latency_seconds_bucket{le="0.5"} 25010
crease_delivery_latency_seconds_bucket{le="1.0"} 25010
crease_delivery_latency_seconds_bucket{le="2.5"} 25010
crease_delivery_latency_seconds_bucket{le="5.0"} 25010
crease_delivery_latency_seconds_bucket{le="10.0"} 25010
crease_delivery_latency_seconds_bucket{le="+Inf"} 25010
crease_delivery_latency_seconds_sum 150.696
crease_delivery_latency_seconds_count 25010
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 22928
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 444
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 1045
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 1121
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 1184
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 1247
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 1313
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 1344
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 1382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 1385
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 1385
crease_event_loop_lag_seconds_sum{loop="1"} 1.441408233
crease_event_loop_lag_seconds_count{loop="1"} 1385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 401
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 1052
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 1123
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 1177
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 1238
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1313
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1353
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1386
crease_event_loop_lag_seconds_sum{loop="0"} 1.336886529
crease_event_loop_lag_seconds_count{loop="0"} 1386
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 5357856
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12505
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_matches_active gauge
crease_matches_active 81.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 2771
crease_fanout_backlog_seconds_bucket{le="0.00025"} 2771
crease_fanout_backlog_seconds_bucket{le="0.0005"} 2771
crease_fanout_backlog_seconds_bucket{le="0.001"} 2771
crease_fanout_backlog_seconds_bucket{le="0.002"} 2771
crease_fanout_backlog_seconds_bucket{le="0.005"} 2771
crease_fanout_backlog_seconds_bucket{le="0.01"} 2771
crease_fanout_backlog_seconds_bucket{le="0.025"} 2771
crease_fanout_backlog_seconds_bucket{le="0.05"} 2771
crease_fanout_backlog_seconds_bucket{le="0.1"} 2771
crease_fanout_backlog_seconds_bucket{le="0.25"} 2771
crease_fanout_backlog_seconds_bucket{le="0.5"} 2771
crease_fanout_backlog_seconds_bucket{le="1.0"} 2771
crease_fanout_backlog_seconds_bucket{le="2.5"} 2771
crease_fanout_backlog_seconds_bucket{le="5.0"} 2771
crease_fanout_backlog_seconds_bucket{le="10.0"} 2771
crease_fanout_backlog_seconds_bucket{le="+Inf"} 2771
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 2771
# TYPE crease_connections gauge
crease_connections 1667.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 74504
crease_input_held_total{limit="requests"} 74290
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 41535
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 8292
crease_fanout_latency_seconds_bucket{le="0.00025"} 8292
crease_fanout_latency_seconds_bucket{le="0.0005"} 8292
crease_fanout_latency_seconds_bucket{le="0.001"} 9912
crease_fanout_latency_seconds_bucket{le="0.002"} 10239
crease_fanout_latency_seconds_bucket{le="0.005"} 10912
crease_fanout_latency_seconds_bucket{le="0.01"} 11580
crease_fanout_latency_seconds_bucket{le="0.025"} 12334
crease_fanout_latency_seconds_bucket{le="0.05"} 12500
crease_fanout_latency_seconds_bucket{le="0.1"} 12505
crease_fanout_latency_seconds_bucket{le="0.25"} 12505
crease_fanout_latency_seconds_bucket{le="0.5"} 12505
crease_fanout_latency_seconds_bucket{le="1.0"} 12505
crease_fanout_latency_seconds_bucket{le="2.5"} 12505
crease_fanout_latency_seconds_bucket{le="5.0"} 12505
crease_fanout_latency_seconds_bucket{le="10.0"} 12505
crease_fanout_latency_seconds_bucket{le="+Inf"} 12505
crease_fanout_latency_seconds_sum 28.014
crease_fanout_latency_seconds_count 12505
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 3
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
