# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1165
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1165
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1165
crease_fanout_backlog_seconds_bucket{le="0.001"} 1165
crease_fanout_backlog_seconds_bucket{le="0.002"} 1165
crease_fanout_backlog_seconds_bucket{le="0.005"} 1165
crease_fanout_backlog_seconds_bucket{le="0.01"} 1165
crease_fanout_backlog_seconds_bucket{le="0.025"} 1165
crease_fanout_backlog_seconds_bucket{le="0.05"} 1165
crease_fanout_backlog_seconds_bucket{le="0.1"} 1165
crease_fanout_backlog_seconds_bucket{le="0.25"} 1165
crease_fanout_backlog_seconds_bucket{le="0.5"} 1165
crease_fanout_backlog_seconds_bucket{le="1.0"} 1165
crease_fanout_backlog_seconds_bucket{le="2.5"} 1165
crease_fanout_backlog_seconds_bucket{le="5.0"} 1165
crease_fanout_backlog_seconds_bucket{le="10.0"} 1165
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1165
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 1165
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 2842
crease_input_held_total{limit="requests"} 32561
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 6788
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 61
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 270
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 359
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 421
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 484
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 523
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 567
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 582
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 583
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 583
crease_event_loop_lag_seconds_sum{loop="0"} 1.982327291
crease_event_loop_lag_seconds_count{loop="0"} 583
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 90
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 304
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 339
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 425
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 482
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 513
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 560
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 581
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 582
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 582
crease_event_loop_lag_seconds_sum{loop="1"} 2.078938565
crease_event_loop_lag_seconds_count{loop="1"} 582
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 589443960
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 1920
crease_fanout_latency_seconds_bucket{le="0.00025"} 1920
crease_fanout_latency_seconds_bucket{le="0.0005"} 1920
crease_fanout_latency_seconds_bucket{le="0.001"} 2647
crease_fanout_latency_seconds_bucket{le="0.002"} 2846
crease_fanout_latency_seconds_bucket{le="0.005"} 3195
crease_fanout_latency_seconds_bucket{le="0.01"} 3519
crease_fanout_latency_seconds_bucket{le="0.025"} 4100
crease_fanout_latency_seconds_bucket{le="0.05"} 4456
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 30.17
crease_fanout_latency_seconds_count 4505
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_connections gauge
crease_connections 717.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 314
crease_delivery_latency_seconds_bucket{le="0.00025"} 314
crease_delivery_latency_seconds_bucket{le="0.0005"} 314
crease_delivery_latency_seconds_bucket{le="0.001"} 2214
crease_delivery_latency_seconds_bucket{le="0.002"} 3634
crease_delivery_latency_seconds_bucket{le="0.005"} 4922
crease_delivery_latency_seconds_bucket{le="0.01"} 5648
crease_delivery_latency_seconds_bucket{le="0.025"} 7013
crease_delivery_latency_seconds_bucket{le="0.05"} 8545
crease_delivery_latency_seconds_bucket{le="0.1"} 8999
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 124.92
crease_delivery_latency_seconds_count 9010
# TYPE crease_matches_active gauge
crease_matches_active 91.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2795885
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
