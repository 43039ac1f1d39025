# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2299
crease_fanout_latency_seconds_bucket{le="0.00025"} 2299
crease_fanout_latency_seconds_bucket{le="0.0005"} 2299
crease_fanout_latency_seconds_bucket{le="0.001"} 4715
crease_fanout_latency_seconds_bucket{le="0.002"} 4891
crease_fanout_latency_seconds_bucket{le="0.005"} 5118
crease_fanout_latency_seconds_bucket{le="0.01"} 5345
crease_fanout_latency_seconds_bucket{le="0.025"} 5825
crease_fanout_latency_seconds_bucket{le="0.05"} 6215
crease_fanout_latency_seconds_bucket{le="0.1"} 6444
crease_fanout_latency_seconds_bucket{le="0.25"} 6444
crease_fanout_latency_seconds_bucket{le="0.5"} 6444
crease_fanout_latency_seconds_bucket{le="1.0"} 6444
crease_fanout_latency_seconds_bucket{le="2.5"} 6444
crease_fanout_latency_seconds_bucket{le="5.0"} 6444
crease_fanout_latency_seconds_bucket{le="10.0"} 6444
crease_fanout_latency_seconds_bucket{le="+Inf"} 6444
crease_fanout_latency_seconds_sum 42.756
crease_fanout_latency_seconds_count 6444
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 82
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 259
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 302
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 311
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 321
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 331
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 355
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 388
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 388
crease_event_loop_lag_seconds_sum{loop="1"} 1.003157722
crease_event_loop_lag_seconds_count{loop="1"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 81
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 256
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 306
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 315
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 325
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 336
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 344
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 376
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 387
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 387
crease_event_loop_lag_seconds_sum{loop="0"} 1.087621622
crease_event_loop_lag_seconds_count{loop="0"} 387
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 906528
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 460
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 200
crease_delivery_latency_seconds_bucket{le="0.00025"} 200
crease_delivery_latency_seconds_bucket{le="0.0005"} 200
crease_delivery_latency_seconds_bucket{le="0.001"} 7934
crease_delivery_latency_seconds_bucket{le="0.002"} 8996
crease_delivery_latency_seconds_bucket{le="0.005"} 9402
crease_delivery_latency_seconds_bucket{le="0.01"} 9667
crease_delivery_latency_seconds_bucket{le="0.025"} 10309
crease_delivery_latency_seconds_bucket{le="0.05"} 11206
crease_delivery_latency_seconds_bucket{le="0.1"} 12529
crease_delivery_latency_seconds_bucket{le="0.25"} 12821
crease_delivery_latency_seconds_bucket{le="0.5"} 12821
crease_delivery_latency_seconds_bucket{le="1.0"} 12821
crease_delivery_latency_seconds_bucket{le="2.5"} 12821
crease_delivery_latency_seconds_bucket{le="5.0"} 12821
crease_delivery_latency_seconds_bucket{le="10.0"} 12821
crease_delivery_latency_seconds_bucket{le="+Inf"} 12821
crease_delivery_latency_seconds_sum 188.005
crease_delivery_latency_seconds_count 12821
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 692
crease_fanout_backlog_seconds_bucket{le="0.00025"} 692
crease_fanout_backlog_seconds_bucket{le="0.0005"} 692
crease_fanout_backlog_seconds_bucket{le="0.001"} 692
crease_fanout_backlog_seconds_bucket{le="0.002"} 692
crease_fanout_backlog_seconds_bucket{le="0.005"} 692
crease_fanout_backlog_seconds_bucket{le="0.01"} 692
crease_fanout_backlog_seconds_bucket{le="0.025"} 729
crease_fanout_backlog_seconds_bucket{le="0.05"} 771
crease_fanout_backlog_seconds_bucket{le="0.1"} 775
crease_fanout_backlog_seconds_bucket{le="0.25"} 775
crease_fanout_backlog_seconds_bucket{le="0.5"} 775
crease_fanout_backlog_seconds_bucket{le="1.0"} 775
crease_fanout_backlog_seconds_bucket{le="2.5"} 775
crease_fanout_backlog_seconds_bucket{le="5.0"} 775
crease_fanout_backlog_seconds_bucket{le="10.0"} 775
crease_fanout_backlog_seconds_bucket{le="+Inf"} 775
crease_fanout_backlog_seconds_sum 2.521052066
crease_fanout_backlog_seconds_count 775
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186060218
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6444
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
