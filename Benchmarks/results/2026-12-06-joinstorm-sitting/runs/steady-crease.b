# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4613
crease_fanout_latency_seconds_bucket{le="0.00025"} 4613
crease_fanout_latency_seconds_bucket{le="0.0005"} 4613
crease_fanout_latency_seconds_bucket{le="0.001"} 4965
crease_fanout_latency_seconds_bucket{le="0.002"} 5066
crease_fanout_latency_seconds_bucket{le="0.005"} 5263
crease_fanout_latency_seconds_bucket{le="0.01"} 5497
crease_fanout_latency_seconds_bucket{le="0.025"} 5957
crease_fanout_latency_seconds_bucket{le="0.05"} 6202
crease_fanout_latency_seconds_bucket{le="0.1"} 6280
crease_fanout_latency_seconds_bucket{le="0.25"} 6280
crease_fanout_latency_seconds_bucket{le="0.5"} 6280
crease_fanout_latency_seconds_bucket{le="1.0"} 6280
crease_fanout_latency_seconds_bucket{le="2.5"} 6280
crease_fanout_latency_seconds_bucket{le="5.0"} 6280
crease_fanout_latency_seconds_bucket{le="10.0"} 6280
crease_fanout_latency_seconds_bucket{le="+Inf"} 6280
crease_fanout_latency_seconds_sum 24.513
crease_fanout_latency_seconds_count 6280
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 180485376
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 6868
crease_delivery_latency_seconds_bucket{le="0.00025"} 6868
crease_delivery_latency_seconds_bucket{le="0.0005"} 6868
crease_delivery_latency_seconds_bucket{le="0.001"} 9045
crease_delivery_latency_seconds_bucket{le="0.002"} 9479
crease_delivery_latency_seconds_bucket{le="0.005"} 9758
crease_delivery_latency_seconds_bucket{le="0.01"} 10035
crease_delivery_latency_seconds_bucket{le="0.025"} 10652
crease_delivery_latency_seconds_bucket{le="0.05"} 11438
crease_delivery_latency_seconds_bucket{le="0.1"} 12376
crease_delivery_latency_seconds_bucket{le="0.25"} 12495
crease_delivery_latency_seconds_bucket{le="0.5"} 12495
crease_delivery_latency_seconds_bucket{le="1.0"} 12495
crease_delivery_latency_seconds_bucket{le="2.5"} 12495
crease_delivery_latency_seconds_bucket{le="5.0"} 12495
crease_delivery_latency_seconds_bucket{le="10.0"} 12495
crease_delivery_latency_seconds_bucket{le="+Inf"} 12495
crease_delivery_latency_seconds_sum 126.832
crease_delivery_latency_seconds_count 12495
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 877728
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6280
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 692
crease_fanout_backlog_seconds_bucket{le="0.00025"} 692
crease_fanout_backlog_seconds_bucket{le="0.0005"} 692
crease_fanout_backlog_seconds_bucket{le="0.001"} 692
crease_fanout_backlog_seconds_bucket{le="0.002"} 692
crease_fanout_backlog_seconds_bucket{le="0.005"} 692
crease_fanout_backlog_seconds_bucket{le="0.01"} 692
crease_fanout_backlog_seconds_bucket{le="0.025"} 724
crease_fanout_backlog_seconds_bucket{le="0.05"} 757
crease_fanout_backlog_seconds_bucket{le="0.1"} 763
crease_fanout_backlog_seconds_bucket{le="0.25"} 763
crease_fanout_backlog_seconds_bucket{le="0.5"} 763
crease_fanout_backlog_seconds_bucket{le="1.0"} 763
crease_fanout_backlog_seconds_bucket{le="2.5"} 763
crease_fanout_backlog_seconds_bucket{le="5.0"} 763
crease_fanout_backlog_seconds_bucket{le="10.0"} 763
crease_fanout_backlog_seconds_bucket{le="+Inf"} 763
crease_fanout_backlog_seconds_sum 2.164090457
crease_fanout_backlog_seconds_count 763
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 132
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 287
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 331
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 338
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 351
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 360
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 368
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="0"} 0.455002194
crease_event_loop_lag_seconds_count{loop="0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 103
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 248
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 297
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 307
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 323
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 339
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 364
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 378
crease_event_loop_lag_seconds_sum{loop="1"} 1.158532538
crease_event_loop_lag_seconds_count{loop="1"} 378
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 478
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
