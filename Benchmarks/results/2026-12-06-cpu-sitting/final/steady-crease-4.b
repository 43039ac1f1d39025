# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6412
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 73
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 258
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 343
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 351
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 363
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 389
crease_event_loop_lag_seconds_sum{loop="0"} 0.748912385
crease_event_loop_lag_seconds_count{loop="0"} 389
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 77
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 244
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 303
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 321
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 330
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 338
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 370
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="1"} 1.150512566
crease_event_loop_lag_seconds_count{loop="1"} 385
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 459
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 185730302
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4853
crease_fanout_latency_seconds_bucket{le="0.00025"} 4853
crease_fanout_latency_seconds_bucket{le="0.0005"} 4853
crease_fanout_latency_seconds_bucket{le="0.001"} 4970
crease_fanout_latency_seconds_bucket{le="0.002"} 5040
crease_fanout_latency_seconds_bucket{le="0.005"} 5210
crease_fanout_latency_seconds_bucket{le="0.01"} 5385
crease_fanout_latency_seconds_bucket{le="0.025"} 5774
crease_fanout_latency_seconds_bucket{le="0.05"} 6228
crease_fanout_latency_seconds_bucket{le="0.1"} 6412
crease_fanout_latency_seconds_bucket{le="0.25"} 6412
crease_fanout_latency_seconds_bucket{le="0.5"} 6412
crease_fanout_latency_seconds_bucket{le="1.0"} 6412
crease_fanout_latency_seconds_bucket{le="2.5"} 6412
crease_fanout_latency_seconds_bucket{le="5.0"} 6412
crease_fanout_latency_seconds_bucket{le="10.0"} 6412
crease_fanout_latency_seconds_bucket{le="+Inf"} 6412
crease_fanout_latency_seconds_sum 37.049
crease_fanout_latency_seconds_count 6412
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 698
crease_fanout_backlog_seconds_bucket{le="0.00025"} 698
crease_fanout_backlog_seconds_bucket{le="0.0005"} 698
crease_fanout_backlog_seconds_bucket{le="0.001"} 698
crease_fanout_backlog_seconds_bucket{le="0.002"} 698
crease_fanout_backlog_seconds_bucket{le="0.005"} 698
crease_fanout_backlog_seconds_bucket{le="0.01"} 698
crease_fanout_backlog_seconds_bucket{le="0.025"} 734
crease_fanout_backlog_seconds_bucket{le="0.05"} 773
crease_fanout_backlog_seconds_bucket{le="0.1"} 774
crease_fanout_backlog_seconds_bucket{le="0.25"} 774
crease_fanout_backlog_seconds_bucket{le="0.5"} 774
crease_fanout_backlog_seconds_bucket{le="1.0"} 774
crease_fanout_backlog_seconds_bucket{le="2.5"} 774
crease_fanout_backlog_seconds_bucket{le="5.0"} 774
crease_fanout_backlog_seconds_bucket{le="10.0"} 774
crease_fanout_backlog_seconds_bucket{le="+Inf"} 774
crease_fanout_backlog_seconds_sum 1.956839045
crease_fanout_backlog_seconds_count 774
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 902544
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7586
crease_delivery_latency_seconds_bucket{le="0.00025"} 7586
crease_delivery_latency_seconds_bucket{le="0.0005"} 7586
crease_delivery_latency_seconds_bucket{le="0.001"} 9133
crease_delivery_latency_seconds_bucket{le="0.002"} 9392
crease_delivery_latency_seconds_bucket{le="0.005"} 9664
crease_delivery_latency_seconds_bucket{le="0.01"} 9915
crease_delivery_latency_seconds_bucket{le="0.025"} 10472
crease_delivery_latency_seconds_bucket{le="0.05"} 11309
crease_delivery_latency_seconds_bucket{le="0.1"} 12579
crease_delivery_latency_seconds_bucket{le="0.25"} 12749
crease_delivery_latency_seconds_bucket{le="0.5"} 12749
crease_delivery_latency_seconds_bucket{le="1.0"} 12749
crease_delivery_latency_seconds_bucket{le="2.5"} 12749
crease_delivery_latency_seconds_bucket{le="5.0"} 12749
crease_delivery_latency_seconds_bucket{le="10.0"} 12749
crease_delivery_latency_seconds_bucket{le="+Inf"} 12749
crease_delivery_latency_seconds_sum 156.823
crease_delivery_latency_seconds_count 12749
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
