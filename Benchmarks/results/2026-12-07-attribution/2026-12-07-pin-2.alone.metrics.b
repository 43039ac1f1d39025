# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 59
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 409
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 431
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 460
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 473
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 483
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 496
crease_event_loop_lag_seconds_sum{loop="0"} 0.435024704
crease_event_loop_lag_seconds_count{loop="0"} 496
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 62
crease_delivery_latency_seconds_bucket{le="0.00025"} 62
crease_delivery_latency_seconds_bucket{le="0.0005"} 62
crease_delivery_latency_seconds_bucket{le="0.001"} 1631
crease_delivery_latency_seconds_bucket{le="0.002"} 2711
crease_delivery_latency_seconds_bucket{le="0.005"} 3305
crease_delivery_latency_seconds_bucket{le="0.01"} 3529
crease_delivery_latency_seconds_bucket{le="0.025"} 4155
crease_delivery_latency_seconds_bucket{le="0.05"} 4489
crease_delivery_latency_seconds_bucket{le="0.1"} 4499
crease_delivery_latency_seconds_bucket{le="0.25"} 4499
crease_delivery_latency_seconds_bucket{le="0.5"} 4499
crease_delivery_latency_seconds_bucket{le="1.0"} 4499
crease_delivery_latency_seconds_bucket{le="2.5"} 4499
crease_delivery_latency_seconds_bucket{le="5.0"} 4499
crease_delivery_latency_seconds_bucket{le="10.0"} 4499
crease_delivery_latency_seconds_bucket{le="+Inf"} 4499
crease_delivery_latency_seconds_sum 30.393
crease_delivery_latency_seconds_count 4499
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_connections gauge
crease_connections 0.0
# TYPE crease_matches_active gauge
crease_matches_active 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 3083
crease_fanout_latency_seconds_bucket{le="0.00025"} 3083
crease_fanout_latency_seconds_bucket{le="0.0005"} 3083
crease_fanout_latency_seconds_bucket{le="0.001"} 3658
crease_fanout_latency_seconds_bucket{le="0.002"} 3759
crease_fanout_latency_seconds_bucket{le="0.005"} 4044
crease_fanout_latency_seconds_bucket{le="0.01"} 4344
crease_fanout_latency_seconds_bucket{le="0.025"} 4496
crease_fanout_latency_seconds_bucket{le="0.05"} 4499
crease_fanout_latency_seconds_bucket{le="0.1"} 4499
crease_fanout_latency_seconds_bucket{le="0.25"} 4499
crease_fanout_latency_seconds_bucket{le="0.5"} 4499
crease_fanout_latency_seconds_bucket{le="1.0"} 4499
crease_fanout_latency_seconds_bucket{le="2.5"} 4499
crease_fanout_latency_seconds_bucket{le="5.0"} 4499
crease_fanout_latency_seconds_bucket{le="10.0"} 4499
crease_fanout_latency_seconds_bucket{le="+Inf"} 4499
crease_fanout_latency_seconds_sum 6.387
crease_fanout_latency_seconds_count 4499
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 360031233
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 0
crease_input_held_total{limit="requests"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 1147301
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 480
crease_fanout_backlog_seconds_bucket{le="0.00025"} 480
crease_fanout_backlog_seconds_bucket{le="0.0005"} 480
crease_fanout_backlog_seconds_bucket{le="0.001"} 480
crease_fanout_backlog_seconds_bucket{le="0.002"} 480
crease_fanout_backlog_seconds_bucket{le="0.005"} 480
crease_fanout_backlog_seconds_bucket{le="0.01"} 480
crease_fanout_backlog_seconds_bucket{le="0.025"} 495
crease_fanout_backlog_seconds_bucket{le="0.05"} 496
crease_fanout_backlog_seconds_bucket{le="0.1"} 496
crease_fanout_backlog_seconds_bucket{le="0.25"} 496
crease_fanout_backlog_seconds_bucket{le="0.5"} 496
crease_fanout_backlog_seconds_bucket{le="1.0"} 496
crease_fanout_backlog_seconds_bucket{le="2.5"} 496
crease_fanout_backlog_seconds_bucket{le="5.0"} 496
crease_fanout_backlog_seconds_bucket{le="10.0"} 496
crease_fanout_backlog_seconds_bucket{le="+Inf"} 496
crease_fanout_backlog_seconds_sum 0.274486669
crease_fanout_backlog_seconds_count 496
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4499
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
