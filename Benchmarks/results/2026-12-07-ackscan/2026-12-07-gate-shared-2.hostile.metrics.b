# TYPE crease_matches_active gauge
crease_matches_active 82.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_connections gauge
crease_connections 1667.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12505
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 34188
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 5327515
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 6114
crease_fanout_latency_seconds_bucket{le="0.00025"} 6114
crease_fanout_latency_seconds_bucket{le="0.0005"} 6114
crease_fanout_latency_seconds_bucket{le="0.001"} 7780
crease_fanout_latency_seconds_bucket{le="0.002"} 8219
crease_fanout_latency_seconds_bucket{le="0.005"} 9018
crease_fanout_latency_seconds_bucket{le="0.01"} 9856
crease_fanout_latency_seconds_bucket{le="0.025"} 11497
crease_fanout_latency_seconds_bucket{le="0.05"} 12386
crease_fanout_latency_seconds_bucket{le="0.1"} 12505
crease_fanout_latency_seconds_bucket{le="0.25"} 12505
crease_fanout_latency_seconds_bucket{le="0.5"} 12505
crease_fanout_latency_seconds_bucket{le="1.0"} 12505
crease_fanout_latency_seconds_bucket{le="2.5"} 12505
crease_fanout_latency_seconds_bucket{le="5.0"} 12505
crease_fanout_latency_seconds_bucket{le="10.0"} 12505
crease_fanout_latency_seconds_bucket{le="+Inf"} 12505
crease_fanout_latency_seconds_sum 78.264
crease_fanout_latency_seconds_count 12505
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 129
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 757
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 835
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 898
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 965
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1091
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1167
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1289
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1346
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1348
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1348
crease_event_loop_lag_seconds_sum{loop="0"} 5.370948893
crease_event_loop_lag_seconds_count{loop="0"} 1348
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 117
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 724
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 805
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 876
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 953
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 1100
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 1181
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 1307
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 1351
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 1353
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 1353
crease_event_loop_lag_seconds_sum{loop="1"} 4.875093305
crease_event_loop_lag_seconds_count{loop="1"} 1353
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 1359206979
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 75575
crease_input_held_total{limit="frames"} 68370
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 3
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 1117
crease_delivery_latency_seconds_bucket{le="0.00025"} 1117
crease_delivery_latency_seconds_bucket{le="0.0005"} 1117
crease_delivery_latency_seconds_bucket{le="0.001"} 8116
crease_delivery_latency_seconds_bucket{le="0.002"} 11620
crease_delivery_latency_seconds_bucket{le="0.005"} 14079
crease_delivery_latency_seconds_bucket{le="0.01"} 15663
crease_delivery_latency_seconds_bucket{le="0.025"} 19351
crease_delivery_latency_seconds_bucket{le="0.05"} 23722
crease_delivery_latency_seconds_bucket{le="0.1"} 24996
crease_delivery_latency_seconds_bucket{le="0.25"} 25010
crease_delivery_latency_seconds_bucket{le="0.5"} 25010
crease_delivery_latency_seconds_bucket{le="1.0"} 25010
crease_delivery_latency_seconds_bucket{le="2.5"} 25010
crease_delivery_latency_seconds_bucket{le="5.0"} 25010
crease_delivery_latency_seconds_bucket{le="10.0"} 25010
crease_delivery_latency_seconds_bucket{le="+Inf"} 25010
crease_delivery_latency_seconds_sum 339.083
crease_delivery_latency_seconds_count 25010
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 2701
crease_fanout_backlog_seconds_bucket{le="0.00025"} 2701
crease_fanout_backlog_seconds_bucket{le="0.0005"} 2701
crease_fanout_backlog_seconds_bucket{le="0.001"} 2701
crease_fanout_backlog_seconds_bucket{le="0.002"} 2701
crease_fanout_backlog_seconds_bucket{le="0.005"} 2701
crease_fanout_backlog_seconds_bucket{le="0.01"} 2701
crease_fanout_backlog_seconds_bucket{le="0.025"} 2701
crease_fanout_backlog_seconds_bucket{le="0.05"} 2701
crease_fanout_backlog_seconds_bucket{le="0.1"} 2701
crease_fanout_backlog_seconds_bucket{le="0.25"} 2701
crease_fanout_backlog_seconds_bucket{le="0.5"} 2701
crease_fanout_backlog_seconds_bucket{le="1.0"} 2701
crease_fanout_backlog_seconds_bucket{le="2.5"} 2701
crease_fanout_backlog_seconds_bucket{le="5.0"} 2701
crease_fanout_backlog_seconds_bucket{le="10.0"} 2701
crease_fanout_backlog_seconds_bucket{le="+Inf"} 2701
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 2701
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 23063
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
