# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 0
crease_input_held_total{limit="requests"} 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6334
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 690
crease_fanout_backlog_seconds_bucket{le="0.00025"} 690
crease_fanout_backlog_seconds_bucket{le="0.0005"} 690
crease_fanout_backlog_seconds_bucket{le="0.001"} 690
crease_fanout_backlog_seconds_bucket{le="0.002"} 690
crease_fanout_backlog_seconds_bucket{le="0.005"} 690
crease_fanout_backlog_seconds_bucket{le="0.01"} 690
crease_fanout_backlog_seconds_bucket{le="0.025"} 720
crease_fanout_backlog_seconds_bucket{le="0.05"} 758
crease_fanout_backlog_seconds_bucket{le="0.1"} 762
crease_fanout_backlog_seconds_bucket{le="0.25"} 762
crease_fanout_backlog_seconds_bucket{le="0.5"} 762
crease_fanout_backlog_seconds_bucket{le="1.0"} 762
crease_fanout_backlog_seconds_bucket{le="2.5"} 762
crease_fanout_backlog_seconds_bucket{le="5.0"} 762
crease_fanout_backlog_seconds_bucket{le="10.0"} 762
crease_fanout_backlog_seconds_bucket{le="+Inf"} 762
crease_fanout_backlog_seconds_sum 2.16839309
crease_fanout_backlog_seconds_count 762
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 433
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 97
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 259
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 298
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 308
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 319
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 338
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 365
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 377
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 380
crease_event_loop_lag_seconds_sum{loop="1"} 1.242080393
crease_event_loop_lag_seconds_count{loop="1"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 94
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 260
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 314
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 322
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 330
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 346
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 371
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 382
crease_event_loop_lag_seconds_sum{loop="0"} 1.001666925
crease_event_loop_lag_seconds_count{loop="0"} 382
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 6419
crease_delivery_latency_seconds_bucket{le="0.00025"} 6419
crease_delivery_latency_seconds_bucket{le="0.0005"} 6419
crease_delivery_latency_seconds_bucket{le="0.001"} 8599
crease_delivery_latency_seconds_bucket{le="0.002"} 9175
crease_delivery_latency_seconds_bucket{le="0.005"} 9464
crease_delivery_latency_seconds_bucket{le="0.01"} 9730
crease_delivery_latency_seconds_bucket{le="0.025"} 10345
crease_delivery_latency_seconds_bucket{le="0.05"} 11267
crease_delivery_latency_seconds_bucket{le="0.1"} 12391
crease_delivery_latency_seconds_bucket{le="0.25"} 12601
crease_delivery_latency_seconds_bucket{le="0.5"} 12601
crease_delivery_latency_seconds_bucket{le="1.0"} 12601
crease_delivery_latency_seconds_bucket{le="2.5"} 12601
crease_delivery_latency_seconds_bucket{le="5.0"} 12601
crease_delivery_latency_seconds_bucket{le="10.0"} 12601
crease_delivery_latency_seconds_bucket{le="+Inf"} 12601
crease_delivery_latency_seconds_sum 157.428
crease_delivery_latency_seconds_count 12601
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4366
crease_fanout_latency_seconds_bucket{le="0.00025"} 4366
crease_fanout_latency_seconds_bucket{le="0.0005"} 4366
crease_fanout_latency_seconds_bucket{le="0.001"} 4797
crease_fanout_latency_seconds_bucket{le="0.002"} 4943
crease_fanout_latency_seconds_bucket{le="0.005"} 5127
crease_fanout_latency_seconds_bucket{le="0.01"} 5352
crease_fanout_latency_seconds_bucket{le="0.025"} 5820
crease_fanout_latency_seconds_bucket{le="0.05"} 6175
crease_fanout_latency_seconds_bucket{le="0.1"} 6332
crease_fanout_latency_seconds_bucket{le="0.25"} 6334
crease_fanout_latency_seconds_bucket{le="0.5"} 6334
crease_fanout_latency_seconds_bucket{le="1.0"} 6334
crease_fanout_latency_seconds_bucket{le="2.5"} 6334
crease_fanout_latency_seconds_bucket{le="5.0"} 6334
crease_fanout_latency_seconds_bucket{le="10.0"} 6334
crease_fanout_latency_seconds_bucket{le="+Inf"} 6334
crease_fanout_latency_seconds_sum 34.548
crease_fanout_latency_seconds_count 6334
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183154898
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890237
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
