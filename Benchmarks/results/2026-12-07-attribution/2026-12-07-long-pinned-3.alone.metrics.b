# TYPE crease_connections gauge
crease_connections 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1252
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1252
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1252
crease_fanout_backlog_seconds_bucket{le="0.001"} 1252
crease_fanout_backlog_seconds_bucket{le="0.002"} 1252
crease_fanout_backlog_seconds_bucket{le="0.005"} 1252
crease_fanout_backlog_seconds_bucket{le="0.01"} 1254
crease_fanout_backlog_seconds_bucket{le="0.025"} 1289
crease_fanout_backlog_seconds_bucket{le="0.05"} 1291
crease_fanout_backlog_seconds_bucket{le="0.1"} 1291
crease_fanout_backlog_seconds_bucket{le="0.25"} 1291
crease_fanout_backlog_seconds_bucket{le="0.5"} 1291
crease_fanout_backlog_seconds_bucket{le="1.0"} 1291
crease_fanout_backlog_seconds_bucket{le="2.5"} 1291
crease_fanout_backlog_seconds_bucket{le="5.0"} 1291
crease_fanout_backlog_seconds_bucket{le="10.0"} 1291
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1291
crease_fanout_backlog_seconds_sum 0.639496427
crease_fanout_backlog_seconds_count 1291
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 8738
crease_fanout_latency_seconds_bucket{le="0.00025"} 8738
crease_fanout_latency_seconds_bucket{le="0.0005"} 8738
crease_fanout_latency_seconds_bucket{le="0.001"} 10218
crease_fanout_latency_seconds_bucket{le="0.002"} 10550
crease_fanout_latency_seconds_bucket{le="0.005"} 11287
crease_fanout_latency_seconds_bucket{le="0.01"} 12064
crease_fanout_latency_seconds_bucket{le="0.025"} 12493
crease_fanout_latency_seconds_bucket{le="0.05"} 12499
crease_fanout_latency_seconds_bucket{le="0.1"} 12499
crease_fanout_latency_seconds_bucket{le="0.25"} 12499
crease_fanout_latency_seconds_bucket{le="0.5"} 12499
crease_fanout_latency_seconds_bucket{le="1.0"} 12499
crease_fanout_latency_seconds_bucket{le="2.5"} 12499
crease_fanout_latency_seconds_bucket{le="5.0"} 12499
crease_fanout_latency_seconds_bucket{le="10.0"} 12499
crease_fanout_latency_seconds_bucket{le="+Inf"} 12499
crease_fanout_latency_seconds_sum 17.142
crease_fanout_latency_seconds_count 12499
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 979288656
# TYPE crease_matches_active gauge
crease_matches_active 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 12499
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 232
crease_delivery_latency_seconds_bucket{le="0.00025"} 232
crease_delivery_latency_seconds_bucket{le="0.0005"} 232
crease_delivery_latency_seconds_bucket{le="0.001"} 5043
crease_delivery_latency_seconds_bucket{le="0.002"} 7747
crease_delivery_latency_seconds_bucket{le="0.005"} 9282
crease_delivery_latency_seconds_bucket{le="0.01"} 9922
crease_delivery_latency_seconds_bucket{le="0.025"} 11584
crease_delivery_latency_seconds_bucket{le="0.05"} 12466
crease_delivery_latency_seconds_bucket{le="0.1"} 12499
crease_delivery_latency_seconds_bucket{le="0.25"} 12499
crease_delivery_latency_seconds_bucket{le="0.5"} 12499
crease_delivery_latency_seconds_bucket{le="1.0"} 12499
crease_delivery_latency_seconds_bucket{le="2.5"} 12499
crease_delivery_latency_seconds_bucket{le="5.0"} 12499
crease_delivery_latency_seconds_bucket{le="10.0"} 12499
crease_delivery_latency_seconds_bucket{le="+Inf"} 12499
crease_delivery_latency_seconds_sum 81.398
crease_delivery_latency_seconds_count 12499
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 3174949
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 150
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 1025
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 1094
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 1151
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 1199
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 1236
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 1258
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 1290
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 1291
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 1291
crease_event_loop_lag_seconds_sum{loop="0"} 1.040517203
crease_event_loop_lag_seconds_count{loop="0"} 1291
