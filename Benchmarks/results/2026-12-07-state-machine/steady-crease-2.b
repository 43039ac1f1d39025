# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7632
crease_delivery_latency_seconds_bucket{le="0.00025"} 7632
crease_delivery_latency_seconds_bucket{le="0.0005"} 7632
crease_delivery_latency_seconds_bucket{le="0.001"} 9191
crease_delivery_latency_seconds_bucket{le="0.002"} 9455
crease_delivery_latency_seconds_bucket{le="0.005"} 9704
crease_delivery_latency_seconds_bucket{le="0.01"} 9928
crease_delivery_latency_seconds_bucket{le="0.025"} 10504
crease_delivery_latency_seconds_bucket{le="0.05"} 11476
crease_delivery_latency_seconds_bucket{le="0.1"} 12414
crease_delivery_latency_seconds_bucket{le="0.25"} 12482
crease_delivery_latency_seconds_bucket{le="0.5"} 12482
crease_delivery_latency_seconds_bucket{le="1.0"} 12482
crease_delivery_latency_seconds_bucket{le="2.5"} 12482
crease_delivery_latency_seconds_bucket{le="5.0"} 12482
crease_delivery_latency_seconds_bucket{le="10.0"} 12482
crease_delivery_latency_seconds_bucket{le="+Inf"} 12482
crease_delivery_latency_seconds_sum 124.217
crease_delivery_latency_seconds_count 12482
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6275
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 113
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 276
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 314
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 324
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 335
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 350
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 365
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 384
crease_event_loop_lag_seconds_sum{loop="0"} 0.564023387
crease_event_loop_lag_seconds_count{loop="0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 114
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 272
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 311
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 315
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 322
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 349
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 370
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 380
crease_event_loop_lag_seconds_sum{loop="1"} 0.894783513
crease_event_loop_lag_seconds_count{loop="1"} 380
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4881
crease_fanout_latency_seconds_bucket{le="0.00025"} 4881
crease_fanout_latency_seconds_bucket{le="0.0005"} 4881
crease_fanout_latency_seconds_bucket{le="0.001"} 4975
crease_fanout_latency_seconds_bucket{le="0.002"} 5039
crease_fanout_latency_seconds_bucket{le="0.005"} 5196
crease_fanout_latency_seconds_bucket{le="0.01"} 5392
crease_fanout_latency_seconds_bucket{le="0.025"} 5817
crease_fanout_latency_seconds_bucket{le="0.05"} 6194
crease_fanout_latency_seconds_bucket{le="0.1"} 6275
crease_fanout_latency_seconds_bucket{le="0.25"} 6275
crease_fanout_latency_seconds_bucket{le="0.5"} 6275
crease_fanout_latency_seconds_bucket{le="1.0"} 6275
crease_fanout_latency_seconds_bucket{le="2.5"} 6275
crease_fanout_latency_seconds_bucket{le="5.0"} 6275
crease_fanout_latency_seconds_bucket{le="10.0"} 6275
crease_fanout_latency_seconds_bucket{le="+Inf"} 6275
crease_fanout_latency_seconds_sum 28.021
crease_fanout_latency_seconds_count 6275
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 696
crease_fanout_backlog_seconds_bucket{le="0.00025"} 696
crease_fanout_backlog_seconds_bucket{le="0.0005"} 696
crease_fanout_backlog_seconds_bucket{le="0.001"} 696
crease_fanout_backlog_seconds_bucket{le="0.002"} 696
crease_fanout_backlog_seconds_bucket{le="0.005"} 696
crease_fanout_backlog_seconds_bucket{le="0.01"} 696
crease_fanout_backlog_seconds_bucket{le="0.025"} 736
crease_fanout_backlog_seconds_bucket{le="0.05"} 763
crease_fanout_backlog_seconds_bucket{le="0.1"} 764
crease_fanout_backlog_seconds_bucket{le="0.25"} 764
crease_fanout_backlog_seconds_bucket{le="0.5"} 764
crease_fanout_backlog_seconds_bucket{le="1.0"} 764
crease_fanout_backlog_seconds_bucket{le="2.5"} 764
crease_fanout_backlog_seconds_bucket{le="5.0"} 764
crease_fanout_backlog_seconds_bucket{le="10.0"} 764
crease_fanout_backlog_seconds_bucket{le="+Inf"} 764
crease_fanout_backlog_seconds_sum 1.666317809
crease_fanout_backlog_seconds_count 764
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 478
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 877116
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 180036014
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
