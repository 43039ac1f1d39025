# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 480
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 908538
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4974
crease_fanout_latency_seconds_bucket{le="0.00025"} 4974
crease_fanout_latency_seconds_bucket{le="0.0005"} 4974
crease_fanout_latency_seconds_bucket{le="0.001"} 5307
crease_fanout_latency_seconds_bucket{le="0.002"} 5432
crease_fanout_latency_seconds_bucket{le="0.005"} 5626
crease_fanout_latency_seconds_bucket{le="0.01"} 5869
crease_fanout_latency_seconds_bucket{le="0.025"} 6240
crease_fanout_latency_seconds_bucket{le="0.05"} 6461
crease_fanout_latency_seconds_bucket{le="0.1"} 6482
crease_fanout_latency_seconds_bucket{le="0.25"} 6482
crease_fanout_latency_seconds_bucket{le="0.5"} 6482
crease_fanout_latency_seconds_bucket{le="1.0"} 6482
crease_fanout_latency_seconds_bucket{le="2.5"} 6482
crease_fanout_latency_seconds_bucket{le="5.0"} 6482
crease_fanout_latency_seconds_bucket{le="10.0"} 6482
crease_fanout_latency_seconds_bucket{le="+Inf"} 6482
crease_fanout_latency_seconds_sum 18.478
crease_fanout_latency_seconds_count 6482
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 727
crease_fanout_backlog_seconds_bucket{le="0.00025"} 727
crease_fanout_backlog_seconds_bucket{le="0.0005"} 727
crease_fanout_backlog_seconds_bucket{le="0.001"} 727
crease_fanout_backlog_seconds_bucket{le="0.002"} 727
crease_fanout_backlog_seconds_bucket{le="0.005"} 727
crease_fanout_backlog_seconds_bucket{le="0.01"} 727
crease_fanout_backlog_seconds_bucket{le="0.025"} 761
crease_fanout_backlog_seconds_bucket{le="0.05"} 786
crease_fanout_backlog_seconds_bucket{le="0.1"} 786
crease_fanout_backlog_seconds_bucket{le="0.25"} 786
crease_fanout_backlog_seconds_bucket{le="0.5"} 786
crease_fanout_backlog_seconds_bucket{le="1.0"} 786
crease_fanout_backlog_seconds_bucket{le="2.5"} 786
crease_fanout_backlog_seconds_bucket{le="5.0"} 786
crease_fanout_backlog_seconds_bucket{le="10.0"} 786
crease_fanout_backlog_seconds_bucket{le="+Inf"} 786
crease_fanout_backlog_seconds_sum 1.440947731
crease_fanout_backlog_seconds_count 786
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6482
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 164
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 315
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 351
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 357
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 378
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 395
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 396
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 396
crease_event_loop_lag_seconds_sum{loop="1"} 0.402875985
crease_event_loop_lag_seconds_count{loop="1"} 396
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 143
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 293
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 316
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 324
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 326
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 339
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 360
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 390
crease_event_loop_lag_seconds_sum{loop="0"} 0.976152492
crease_event_loop_lag_seconds_count{loop="0"} 390
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 185734127
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7156
crease_delivery_latency_seconds_bucket{le="0.00025"} 7156
crease_delivery_latency_seconds_bucket{le="0.0005"} 7156
crease_delivery_latency_seconds_bucket{le="0.001"} 9856
crease_delivery_latency_seconds_bucket{le="0.002"} 10207
crease_delivery_latency_seconds_bucket{le="0.005"} 10483
crease_delivery_latency_seconds_bucket{le="0.01"} 10727
crease_delivery_latency_seconds_bucket{le="0.025"} 11383
crease_delivery_latency_seconds_bucket{le="0.05"} 12129
crease_delivery_latency_seconds_bucket{le="0.1"} 12863
crease_delivery_latency_seconds_bucket{le="0.25"} 12902
crease_delivery_latency_seconds_bucket{le="0.5"} 12902
crease_delivery_latency_seconds_bucket{le="1.0"} 12902
crease_delivery_latency_seconds_bucket{le="2.5"} 12902
crease_delivery_latency_seconds_bucket{le="5.0"} 12902
crease_delivery_latency_seconds_bucket{le="10.0"} 12902
crease_delivery_latency_seconds_bucket{le="+Inf"} 12902
crease_delivery_latency_seconds_sum 99.419
crease_delivery_latency_seconds_count 12902
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
