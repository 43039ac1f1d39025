# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6320
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 88
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 252
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 302
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 322
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 333
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 351
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 375
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 382
crease_event_loop_lag_seconds_sum{loop="1"} 0.947670286
crease_event_loop_lag_seconds_count{loop="1"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 103
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 261
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 323
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 332
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 353
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 373
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 383
crease_event_loop_lag_seconds_sum{loop="0"} 0.88425854
crease_event_loop_lag_seconds_count{loop="0"} 383
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 698
crease_fanout_backlog_seconds_bucket{le="0.00025"} 698
crease_fanout_backlog_seconds_bucket{le="0.0005"} 698
crease_fanout_backlog_seconds_bucket{le="0.001"} 698
crease_fanout_backlog_seconds_bucket{le="0.002"} 698
crease_fanout_backlog_seconds_bucket{le="0.005"} 698
crease_fanout_backlog_seconds_bucket{le="0.01"} 698
crease_fanout_backlog_seconds_bucket{le="0.025"} 723
crease_fanout_backlog_seconds_bucket{le="0.05"} 757
crease_fanout_backlog_seconds_bucket{le="0.1"} 765
crease_fanout_backlog_seconds_bucket{le="0.25"} 765
crease_fanout_backlog_seconds_bucket{le="0.5"} 765
crease_fanout_backlog_seconds_bucket{le="1.0"} 765
crease_fanout_backlog_seconds_bucket{le="2.5"} 765
crease_fanout_backlog_seconds_bucket{le="5.0"} 765
crease_fanout_backlog_seconds_bucket{le="10.0"} 765
crease_fanout_backlog_seconds_bucket{le="+Inf"} 765
crease_fanout_backlog_seconds_sum 2.07880425
crease_fanout_backlog_seconds_count 765
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184213569
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2244
crease_fanout_latency_seconds_bucket{le="0.00025"} 2244
crease_fanout_latency_seconds_bucket{le="0.0005"} 2244
crease_fanout_latency_seconds_bucket{le="0.001"} 4401
crease_fanout_latency_seconds_bucket{le="0.002"} 4977
crease_fanout_latency_seconds_bucket{le="0.005"} 5184
crease_fanout_latency_seconds_bucket{le="0.01"} 5440
crease_fanout_latency_seconds_bucket{le="0.025"} 5909
crease_fanout_latency_seconds_bucket{le="0.05"} 6264
crease_fanout_latency_seconds_bucket{le="0.1"} 6320
crease_fanout_latency_seconds_bucket{le="0.25"} 6320
crease_fanout_latency_seconds_bucket{le="0.5"} 6320
crease_fanout_latency_seconds_bucket{le="1.0"} 6320
crease_fanout_latency_seconds_bucket{le="2.5"} 6320
crease_fanout_latency_seconds_bucket{le="5.0"} 6320
crease_fanout_latency_seconds_bucket{le="10.0"} 6320
crease_fanout_latency_seconds_bucket{le="+Inf"} 6320
crease_fanout_latency_seconds_sum 30.013
crease_fanout_latency_seconds_count 6320
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 475
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 1898
crease_delivery_latency_seconds_bucket{le="0.00025"} 1898
crease_delivery_latency_seconds_bucket{le="0.0005"} 1898
crease_delivery_latency_seconds_bucket{le="0.001"} 5855
crease_delivery_latency_seconds_bucket{le="0.002"} 8707
crease_delivery_latency_seconds_bucket{le="0.005"} 9686
crease_delivery_latency_seconds_bucket{le="0.01"} 9972
crease_delivery_latency_seconds_bucket{le="0.025"} 10583
crease_delivery_latency_seconds_bucket{le="0.05"} 11451
crease_delivery_latency_seconds_bucket{le="0.1"} 12451
crease_delivery_latency_seconds_bucket{le="0.25"} 12572
crease_delivery_latency_seconds_bucket{le="0.5"} 12572
crease_delivery_latency_seconds_bucket{le="1.0"} 12572
crease_delivery_latency_seconds_bucket{le="2.5"} 12572
crease_delivery_latency_seconds_bucket{le="5.0"} 12572
crease_delivery_latency_seconds_bucket{le="10.0"} 12572
crease_delivery_latency_seconds_bucket{le="+Inf"} 12572
crease_delivery_latency_seconds_sum 142.736
crease_delivery_latency_seconds_count 12572
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 889491
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
