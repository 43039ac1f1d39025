# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 592398373
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 2833422
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2226
crease_fanout_latency_seconds_bucket{le="0.00025"} 2226
crease_fanout_latency_seconds_bucket{le="0.0005"} 2226
crease_fanout_latency_seconds_bucket{le="0.001"} 2942
crease_fanout_latency_seconds_bucket{le="0.002"} 3146
crease_fanout_latency_seconds_bucket{le="0.005"} 3467
crease_fanout_latency_seconds_bucket{le="0.01"} 3773
crease_fanout_latency_seconds_bucket{le="0.025"} 4249
crease_fanout_latency_seconds_bucket{le="0.05"} 4486
crease_fanout_latency_seconds_bucket{le="0.1"} 4505
crease_fanout_latency_seconds_bucket{le="0.25"} 4505
crease_fanout_latency_seconds_bucket{le="0.5"} 4505
crease_fanout_latency_seconds_bucket{le="1.0"} 4505
crease_fanout_latency_seconds_bucket{le="2.5"} 4505
crease_fanout_latency_seconds_bucket{le="5.0"} 4505
crease_fanout_latency_seconds_bucket{le="10.0"} 4505
crease_fanout_latency_seconds_bucket{le="+Inf"} 4505
crease_fanout_latency_seconds_sum 22.172
crease_fanout_latency_seconds_count 4505
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 25799
crease_input_held_total{limit="requests"} 32931
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 542
crease_delivery_latency_seconds_bucket{le="0.00025"} 542
crease_delivery_latency_seconds_bucket{le="0.0005"} 542
crease_delivery_latency_seconds_bucket{le="0.001"} 2974
crease_delivery_latency_seconds_bucket{le="0.002"} 4360
crease_delivery_latency_seconds_bucket{le="0.005"} 5558
crease_delivery_latency_seconds_bucket{le="0.01"} 6289
crease_delivery_latency_seconds_bucket{le="0.025"} 7584
crease_delivery_latency_seconds_bucket{le="0.05"} 8759
crease_delivery_latency_seconds_bucket{le="0.1"} 9008
crease_delivery_latency_seconds_bucket{le="0.25"} 9010
crease_delivery_latency_seconds_bucket{le="0.5"} 9010
crease_delivery_latency_seconds_bucket{le="1.0"} 9010
crease_delivery_latency_seconds_bucket{le="2.5"} 9010
crease_delivery_latency_seconds_bucket{le="5.0"} 9010
crease_delivery_latency_seconds_bucket{le="10.0"} 9010
crease_delivery_latency_seconds_bucket{le="+Inf"} 9010
crease_delivery_latency_seconds_sum 94.702
crease_delivery_latency_seconds_count 9010
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 1170
crease_fanout_backlog_seconds_bucket{le="0.00025"} 1170
crease_fanout_backlog_seconds_bucket{le="0.0005"} 1170
crease_fanout_backlog_seconds_bucket{le="0.001"} 1170
crease_fanout_backlog_seconds_bucket{le="0.002"} 1170
crease_fanout_backlog_seconds_bucket{le="0.005"} 1170
crease_fanout_backlog_seconds_bucket{le="0.01"} 1170
crease_fanout_backlog_seconds_bucket{le="0.025"} 1170
crease_fanout_backlog_seconds_bucket{le="0.05"} 1170
crease_fanout_backlog_seconds_bucket{le="0.1"} 1171
crease_fanout_backlog_seconds_bucket{le="0.25"} 1171
crease_fanout_backlog_seconds_bucket{le="0.5"} 1171
crease_fanout_backlog_seconds_bucket{le="1.0"} 1171
crease_fanout_backlog_seconds_bucket{le="2.5"} 1171
crease_fanout_backlog_seconds_bucket{le="5.0"} 1171
crease_fanout_backlog_seconds_bucket{le="10.0"} 1171
crease_fanout_backlog_seconds_bucket{le="+Inf"} 1171
crease_fanout_backlog_seconds_sum 0.061347017
crease_fanout_backlog_seconds_count 1171
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 6885
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 126
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 327
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 355
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 400
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 444
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 498
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 543
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 577
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 585
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 585
crease_event_loop_lag_seconds_sum{loop="0"} 1.492908428
crease_event_loop_lag_seconds_count{loop="0"} 585
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 99
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 329
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 368
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 397
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 438
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 507
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 544
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 578
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 586
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 586
crease_event_loop_lag_seconds_sum{loop="1"} 1.384814494
crease_event_loop_lag_seconds_count{loop="1"} 586
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_connections gauge
crease_connections 928.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4505
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_matches_active gauge
crease_matches_active 90.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
