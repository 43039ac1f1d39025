# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 64
crease_fanout_latency_seconds_bucket{le="0.00025"} 64
crease_fanout_latency_seconds_bucket{le="0.0005"} 64
crease_fanout_latency_seconds_bucket{le="0.001"} 64
crease_fanout_latency_seconds_bucket{le="0.002"} 64
crease_fanout_latency_seconds_bucket{le="0.005"} 65
crease_fanout_latency_seconds_bucket{le="0.01"} 65
crease_fanout_latency_seconds_bucket{le="0.025"} 65
crease_fanout_latency_seconds_bucket{le="0.05"} 65
crease_fanout_latency_seconds_bucket{le="0.1"} 65
crease_fanout_latency_seconds_bucket{le="0.25"} 65
crease_fanout_latency_seconds_bucket{le="0.5"} 65
crease_fanout_latency_seconds_bucket{le="1.0"} 65
crease_fanout_latency_seconds_bucket{le="2.5"} 65
crease_fanout_latency_seconds_bucket{le="5.0"} 65
crease_fanout_latency_seconds_bucket{le="10.0"} 65
crease_fanout_latency_seconds_bucket{le="+Inf"} 65
crease_fanout_latency_seconds_sum 0.003
crease_fanout_latency_seconds_count 65
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 65
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184095025
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 906041
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 630
crease_fanout_backlog_seconds_bucket{le="0.00025"} 630
crease_fanout_backlog_seconds_bucket{le="0.0005"} 630
crease_fanout_backlog_seconds_bucket{le="0.001"} 630
crease_fanout_backlog_seconds_bucket{le="0.002"} 630
crease_fanout_backlog_seconds_bucket{le="0.005"} 630
crease_fanout_backlog_seconds_bucket{le="0.01"} 630
crease_fanout_backlog_seconds_bucket{le="0.025"} 645
crease_fanout_backlog_seconds_bucket{le="0.05"} 669
crease_fanout_backlog_seconds_bucket{le="0.1"} 730
crease_fanout_backlog_seconds_bucket{le="0.25"} 775
crease_fanout_backlog_seconds_bucket{le="0.5"} 775
crease_fanout_backlog_seconds_bucket{le="1.0"} 775
crease_fanout_backlog_seconds_bucket{le="2.5"} 775
crease_fanout_backlog_seconds_bucket{le="5.0"} 775
crease_fanout_backlog_seconds_bucket{le="10.0"} 775
crease_fanout_backlog_seconds_bucket{le="+Inf"} 775
crease_fanout_backlog_seconds_sum 11.878814872
crease_fanout_backlog_seconds_count 775
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 0
crease_input_held_total{limit="requests"} 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 259
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 2
crease_delivery_latency_seconds_bucket{le="0.01"} 3
crease_delivery_latency_seconds_bucket{le="0.025"} 7
crease_delivery_latency_seconds_bucket{le="0.05"} 12
crease_delivery_latency_seconds_bucket{le="0.1"} 35
crease_delivery_latency_seconds_bucket{le="0.25"} 130
crease_delivery_latency_seconds_bucket{le="0.5"} 130
crease_delivery_latency_seconds_bucket{le="1.0"} 130
crease_delivery_latency_seconds_bucket{le="2.5"} 130
crease_delivery_latency_seconds_bucket{le="5.0"} 130
crease_delivery_latency_seconds_bucket{le="10.0"} 130
crease_delivery_latency_seconds_bucket{le="+Inf"} 130
crease_delivery_latency_seconds_sum 16.804
crease_delivery_latency_seconds_count 130
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 80
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 276
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 313
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 330
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 352
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 388
crease_event_loop_lag_seconds_sum{loop="0"} 0.940487376
crease_event_loop_lag_seconds_count{loop="0"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 85
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 271
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 301
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 304
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 309
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 324
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 339
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 387
crease_event_loop_lag_seconds_sum{loop="1"} 1.113709746
crease_event_loop_lag_seconds_count{loop="1"} 387
