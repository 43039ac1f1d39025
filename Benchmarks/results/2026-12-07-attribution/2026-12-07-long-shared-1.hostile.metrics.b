# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 6060
crease_fanout_latency_seconds_bucket{le="0.00025"} 6060
crease_fanout_latency_seconds_bucket{le="0.0005"} 6060
crease_fanout_latency_seconds_bucket{le="0.001"} 7871
crease_fanout_latency_seconds_bucket{le="0.002"} 8416
crease_fanout_latency_seconds_bucket{le="0.005"} 9236
crease_fanout_latency_seconds_bucket{le="0.01"} 10110
crease_fanout_latency_seconds_bucket{le="0.025"} 11636
crease_fanout_latency_seconds_bucket{le="0.05"} 12423
crease_fanout_latency_seconds_bucket{le="0.1"} 12505
crease_fanout_latency_seconds_bucket{le="0.25"} 12505
crease_fanout_latency_seconds_bucket{le="0.5"} 12505
crease_fanout_latency_seconds_bucket{le="1.0"} 12505
crease_fanout_latency_seconds_bucket{le="2.5"} 12505
crease_fanout_latency_seconds_bucket{le="5.0"} 12505
crease_fanout_latency_seconds_bucket{le="10.0"} 12505
crease_fanout_latency_seconds_bucket{le="+Inf"} 12505
crease_fanout_latency_seconds_sum 70.565
crease_fanout_latency_seconds_count 12505
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 5337065
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 1218
crease_delivery_latency_seconds_bucket{le="0.00025"} 1218
crease_delivery_latency_seconds_bucket{le="0.0005"} 1218
crease_delivery_latency_seconds_bucket{le="0.001"} 8233
crease_delivery_latency_seconds_bucket{le="0.002"} 11778
crease_delivery_latency_seconds_bucket{le="0.005"} 14653
crease_delivery_latency_seconds_bucket{le="0.01"} 16193
crease_delivery_latency_seconds_bucket{le="0.025"} 19591
crease_delivery_latency_seconds_bucket{le="0.05"} 23709
crease_delivery_latency_seconds_bucket{le="0.1"} 24999
crease_delivery_latency_seconds_bucket{le="0.25"} 25010
crease_delivery_latency_seconds_bucket{le="0.5"} 25010
crease_delivery_latency_seconds_bucket{le="1.0"} 25010
crease_delivery_latency_seconds_bucket{le="2.5"} 25010
crease_delivery_latency_seconds_bucket{le="5.0"} 25010
crease_delivery_latency_seconds_bucket{le="10.0"} 25010
crease_delivery_latency_seconds_bucket{le="+Inf"} 25010
crease_delivery_latency_seconds_sum 326.95
crease_delivery_latency_seconds_count 25010
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12505
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_connections gauge
crease_connections 1667.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 151
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 742
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 813
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 877
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 982
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1099
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1182
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1309
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1354
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1355
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1355
crease_event_loop_lag_seconds_sum{loop="0"} 4.866708092
crease_event_loop_lag_seconds_count{loop="0"} 1355
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 151
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 738
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 810
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 880
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 987
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 1122
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 1210
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 1316
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 1354
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 1357
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 1357
crease_event_loop_lag_seconds_sum{loop="1"} 4.6886724
crease_event_loop_lag_seconds_count{loop="1"} 1357
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 1360355653
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 80283
crease_input_held_total{limit="frames"} 71499
# TYPE crease_matches_active gauge
crease_matches_active 82.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 2666
crease_fanout_backlog_seconds_bucket{le="0.00025"} 2666
crease_fanout_backlog_seconds_bucket{le="0.0005"} 2666
crease_fanout_backlog_seconds_bucket{le="0.001"} 2666
crease_fanout_backlog_seconds_bucket{le="0.002"} 2666
crease_fanout_backlog_seconds_bucket{le="0.005"} 2666
crease_fanout_backlog_seconds_bucket{le="0.01"} 2666
crease_fanout_backlog_seconds_bucket{le="0.025"} 2668
crease_fanout_backlog_seconds_bucket{le="0.05"} 2704
crease_fanout_backlog_seconds_bucket{le="0.1"} 2712
crease_fanout_backlog_seconds_bucket{le="0.25"} 2712
crease_fanout_backlog_seconds_bucket{le="0.5"} 2712
crease_fanout_backlog_seconds_bucket{le="1.0"} 2712
crease_fanout_backlog_seconds_bucket{le="2.5"} 2712
crease_fanout_backlog_seconds_bucket{le="5.0"} 2712
crease_fanout_backlog_seconds_bucket{le="10.0"} 2712
crease_fanout_backlog_seconds_bucket{le="+Inf"} 2712
crease_fanout_backlog_seconds_sum 1.829841969
crease_fanout_backlog_seconds_count 2712
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 35365
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 22903
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 3
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
