# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12505
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 25864
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 23188
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 284
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 621
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 671
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 743
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 883
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1001
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1111
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1316
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1347
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1347
crease_event_loop_lag_seconds_sum{loop="0"} 5.628044926
crease_event_loop_lag_seconds_count{loop="0"} 1347
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 5491
crease_fanout_latency_seconds_bucket{le="0.00025"} 5491
crease_fanout_latency_seconds_bucket{le="0.0005"} 5491
crease_fanout_latency_seconds_bucket{le="0.001"} 7503
crease_fanout_latency_seconds_bucket{le="0.002"} 8168
crease_fanout_latency_seconds_bucket{le="0.005"} 9266
crease_fanout_latency_seconds_bucket{le="0.01"} 10490
crease_fanout_latency_seconds_bucket{le="0.025"} 12235
crease_fanout_latency_seconds_bucket{le="0.05"} 12504
crease_fanout_latency_seconds_bucket{le="0.1"} 12505
crease_fanout_latency_seconds_bucket{le="0.25"} 12505
crease_fanout_latency_seconds_bucket{le="0.5"} 12505
crease_fanout_latency_seconds_bucket{le="1.0"} 12505
crease_fanout_latency_seconds_bucket{le="2.5"} 12505
crease_fanout_latency_seconds_bucket{le="5.0"} 12505
crease_fanout_latency_seconds_bucket{le="10.0"} 12505
crease_fanout_latency_seconds_bucket{le="+Inf"} 12505
crease_fanout_latency_seconds_sum 53.501
crease_fanout_latency_seconds_count 12505
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 3
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_matches_active gauge
crease_matches_active 82.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 186
crease_delivery_latency_seconds_bucket{le="0.00025"} 186
crease_delivery_latency_seconds_bucket{le="0.0005"} 186
crease_delivery_latency_seconds_bucket{le="0.001"} 3688
crease_delivery_latency_seconds_bucket{le="0.002"} 5936
crease_delivery_latency_seconds_bucket{le="0.005"} 7082
crease_delivery_latency_seconds_bucket{le="0.01"} 7548
crease_delivery_latency_seconds_bucket{le="0.025"} 9011
crease_delivery_latency_seconds_bucket{le="0.05"} 11544
crease_delivery_latency_seconds_bucket{le="0.1"} 12503
crease_delivery_latency_seconds_bucket{le="0.25"} 12505
crease_delivery_latency_seconds_bucket{le="0.5"} 12505
crease_delivery_latency_seconds_bucket{le="1.0"} 12505
crease_delivery_latency_seconds_bucket{le="2.5"} 12505
crease_delivery_latency_seconds_bucket{le="5.0"} 12505
crease_delivery_latency_seconds_bucket{le="10.0"} 12505
crease_delivery_latency_seconds_bucket{le="+Inf"} 12505
crease_delivery_latency_seconds_sum 194.157
crease_delivery_latency_seconds_count 12505
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 1357154446
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections gauge
crease_connections 1667.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 5325040
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 5701
crease_input_held_total{limit="requests"} 82685
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1037
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1037
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1037
crease_fanout_backlog_seconds_bucket{le="0.001"} 1037
crease_fanout_backlog_seconds_bucket{le="0.002"} 1037
crease_fanout_backlog_seconds_bucket{le="0.005"} 1037
crease_fanout_backlog_seconds_bucket{le="0.01"} 1039
crease_fanout_backlog_seconds_bucket{le="0.025"} 1283
crease_fanout_backlog_seconds_bucket{le="0.05"} 1341
crease_fanout_backlog_seconds_bucket{le="0.1"} 1347
crease_fanout_backlog_seconds_bucket{le="0.25"} 1347
crease_fanout_backlog_seconds_bucket{le="0.5"} 1347
crease_fanout_backlog_seconds_bucket{le="1.0"} 1347
crease_fanout_backlog_seconds_bucket{le="2.5"} 1347
crease_fanout_backlog_seconds_bucket{le="5.0"} 1347
crease_fanout_backlog_seconds_bucket{le="10.0"} 1347
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1347
crease_fanout_backlog_seconds_sum 6.806078086
crease_fanout_backlog_seconds_count 1347
