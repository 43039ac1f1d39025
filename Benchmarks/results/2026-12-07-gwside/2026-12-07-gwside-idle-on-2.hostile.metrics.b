# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 405
crease_delivery_latency_seconds_bucket{le="0.00025"} 405
crease_delivery_latency_seconds_bucket{le="0.0005"} 405
crease_delivery_latency_seconds_bucket{le="0.001"} 2974
crease_delivery_latency_seconds_bucket{le="0.002"} 4432
crease_delivery_latency_seconds_bucket{le="0.005"} 5407
crease_delivery_latency_seconds_bucket{le="0.01"} 6015
crease_delivery_latency_seconds_bucket{le="0.025"} 7300
crease_delivery_latency_seconds_bucket{le="0.05"} 8658
crease_delivery_latency_seconds_bucket{le="0.1"} 9008
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 107.778
crease_delivery_latency_seconds_count 9010
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2771131
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 7108
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 60
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 336
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 409
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 449
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 499
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 524
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 566
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 585
crease_event_loop_lag_seconds_sum{loop="1"} 1.770582582
crease_event_loop_lag_seconds_count{loop="1"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 55
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 332
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 371
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 410
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 462
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 507
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 537
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 574
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 587
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 587
crease_event_loop_lag_seconds_sum{loop="0"} 1.547480409
crease_event_loop_lag_seconds_count{loop="0"} 587
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 589686124
# TYPE crease_matches_active gauge
crease_matches_active 94.0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 21558
crease_input_held_total{limit="requests"} 32273
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2205
crease_fanout_latency_seconds_bucket{le="0.00025"} 2205
crease_fanout_latency_seconds_bucket{le="0.0005"} 2205
crease_fanout_latency_seconds_bucket{le="0.001"} 2930
crease_fanout_latency_seconds_bucket{le="0.002"} 3107
crease_fanout_latency_seconds_bucket{le="0.005"} 3402
crease_fanout_latency_seconds_bucket{le="0.01"} 3724
crease_fanout_latency_seconds_bucket{le="0.025"} 4235
crease_fanout_latency_seconds_bucket{le="0.05"} 4487
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 23.106
crease_fanout_latency_seconds_count 4505
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1161
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1161
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1161
crease_fanout_backlog_seconds_bucket{le="0.001"} 1161
crease_fanout_backlog_seconds_bucket{le="0.002"} 1161
crease_fanout_backlog_seconds_bucket{le="0.005"} 1161
crease_fanout_backlog_seconds_bucket{le="0.01"} 1161
crease_fanout_backlog_seconds_bucket{le="0.025"} 1161
crease_fanout_backlog_seconds_bucket{le="0.05"} 1169
crease_fanout_backlog_seconds_bucket{le="0.1"} 1172
crease_fanout_backlog_seconds_bucket{le="0.25"} 1172
crease_fanout_backlog_seconds_bucket{le="0.5"} 1172
crease_fanout_backlog_seconds_bucket{le="1.0"} 1172
crease_fanout_backlog_seconds_bucket{le="2.5"} 1172
crease_fanout_backlog_seconds_bucket{le="5.0"} 1172
crease_fanout_backlog_seconds_bucket{le="10.0"} 1172
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1172
crease_fanout_backlog_seconds_sum 0.470385741
crease_fanout_backlog_seconds_count 1172
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 13204
