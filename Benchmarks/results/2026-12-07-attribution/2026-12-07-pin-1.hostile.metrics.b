# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 533
crease_fanout_backlog_seconds_bucket{le="0.00025"} 533
crease_fanout_backlog_seconds_bucket{le="0.0005"} 533
crease_fanout_backlog_seconds_bucket{le="0.001"} 533
crease_fanout_backlog_seconds_bucket{le="0.002"} 533
crease_fanout_backlog_seconds_bucket{le="0.005"} 533
crease_fanout_backlog_seconds_bucket{le="0.01"} 534
crease_fanout_backlog_seconds_bucket{le="0.025"} 583
crease_fanout_backlog_seconds_bucket{le="0.05"} 591
crease_fanout_backlog_seconds_bucket{le="0.1"} 592
crease_fanout_backlog_seconds_bucket{le="0.25"} 592
crease_fanout_backlog_seconds_bucket{le="0.5"} 592
crease_fanout_backlog_seconds_bucket{le="1.0"} 592
crease_fanout_backlog_seconds_bucket{le="2.5"} 592
crease_fanout_backlog_seconds_bucket{le="5.0"} 592
crease_fanout_backlog_seconds_bucket{le="10.0"} 592
crease_fanout_backlog_seconds_bucket{le="+Inf"} 592
crease_fanout_backlog_seconds_sum 1.22225418
crease_fanout_backlog_seconds_count 592
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 12307
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_matches_active gauge
crease_matches_active 96.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2414
crease_fanout_latency_seconds_bucket{le="0.00025"} 2414
crease_fanout_latency_seconds_bucket{le="0.0005"} 2414
crease_fanout_latency_seconds_bucket{le="0.001"} 3077
crease_fanout_latency_seconds_bucket{le="0.002"} 3300
crease_fanout_latency_seconds_bucket{le="0.005"} 3660
crease_fanout_latency_seconds_bucket{le="0.01"} 4055
crease_fanout_latency_seconds_bucket{le="0.025"} 4455
crease_fanout_latency_seconds_bucket{le="0.05"} 4503
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 13.426
crease_fanout_latency_seconds_count 4505
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 32773
crease_input_held_total{limit="frames"} 18595
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2778279
# TYPE crease_connections gauge
crease_connections 666.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 108
crease_delivery_latency_seconds_bucket{le="0.00025"} 108
crease_delivery_latency_seconds_bucket{le="0.0005"} 108
crease_delivery_latency_seconds_bucket{le="0.001"} 1568
crease_delivery_latency_seconds_bucket{le="0.002"} 2394
crease_delivery_latency_seconds_bucket{le="0.005"} 2903
crease_delivery_latency_seconds_bucket{le="0.01"} 3095
crease_delivery_latency_seconds_bucket{le="0.025"} 3692
crease_delivery_latency_seconds_bucket{le="0.05"} 4334
crease_delivery_latency_seconds_bucket{le="0.1"} 4504
crease_delivery_latency_seconds_bucket{le="0.25"} 4505
crease_delivery_latency_seconds_bucket{le="0.5"} 4505
crease_delivery_latency_seconds_bucket{le="1.0"} 4505
crease_delivery_latency_seconds_bucket{le="2.5"} 4505
crease_delivery_latency_seconds_bucket{le="5.0"} 4505
crease_delivery_latency_seconds_bucket{le="10.0"} 4505
crease_delivery_latency_seconds_bucket{le="+Inf"} 4505
crease_delivery_latency_seconds_sum 51.134
crease_delivery_latency_seconds_count 4505
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19612.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 150
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 398
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 417
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 439
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 485
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 522
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 546
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 588
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 592
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 592
crease_event_loop_lag_seconds_sum{loop="0"} 1.212737139
crease_event_loop_lag_seconds_count{loop="0"} 592
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 591767650
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 1
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 7236
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
