# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 370
crease_delivery_latency_seconds_bucket{le="0.00025"} 370
crease_delivery_latency_seconds_bucket{le="0.0005"} 370
crease_delivery_latency_seconds_bucket{le="0.001"} 8313
crease_delivery_latency_seconds_bucket{le="0.002"} 9337
crease_delivery_latency_seconds_bucket{le="0.005"} 9611
crease_delivery_latency_seconds_bucket{le="0.01"} 9869
crease_delivery_latency_seconds_bucket{le="0.025"} 10512
crease_delivery_latency_seconds_bucket{le="0.05"} 11421
crease_delivery_latency_seconds_bucket{le="0.1"} 12494
crease_delivery_latency_seconds_bucket{le="0.25"} 12633
crease_delivery_latency_seconds_bucket{le="0.5"} 12633
crease_delivery_latency_seconds_bucket{le="1.0"} 12633
crease_delivery_latency_seconds_bucket{le="2.5"} 12633
crease_delivery_latency_seconds_bucket{le="5.0"} 12633
crease_delivery_latency_seconds_bucket{le="10.0"} 12633
crease_delivery_latency_seconds_bucket{le="+Inf"} 12633
crease_delivery_latency_seconds_sum 150.444
crease_delivery_latency_seconds_count 12633
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184166160
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 891441
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 105
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 290
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 326
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 344
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 358
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 378
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="0"} 0.847821768
crease_event_loop_lag_seconds_count{loop="0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 97
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 283
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 309
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 316
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 318
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 327
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 339
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 365
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 381
crease_event_loop_lag_seconds_sum{loop="1"} 1.197809142
crease_event_loop_lag_seconds_count{loop="1"} 381
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6350
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 729
crease_fanout_latency_seconds_bucket{le="0.00025"} 729
crease_fanout_latency_seconds_bucket{le="0.0005"} 729
crease_fanout_latency_seconds_bucket{le="0.001"} 4815
crease_fanout_latency_seconds_bucket{le="0.002"} 4952
crease_fanout_latency_seconds_bucket{le="0.005"} 5130
crease_fanout_latency_seconds_bucket{le="0.01"} 5368
crease_fanout_latency_seconds_bucket{le="0.025"} 5918
crease_fanout_latency_seconds_bucket{le="0.05"} 6244
crease_fanout_latency_seconds_bucket{le="0.1"} 6350
crease_fanout_latency_seconds_bucket{le="0.25"} 6350
crease_fanout_latency_seconds_bucket{le="0.5"} 6350
crease_fanout_latency_seconds_bucket{le="1.0"} 6350
crease_fanout_latency_seconds_bucket{le="2.5"} 6350
crease_fanout_latency_seconds_bucket{le="5.0"} 6350
crease_fanout_latency_seconds_bucket{le="10.0"} 6350
crease_fanout_latency_seconds_bucket{le="+Inf"} 6350
crease_fanout_latency_seconds_sum 34.855
crease_fanout_latency_seconds_count 6350
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 687
crease_fanout_backlog_seconds_bucket{le="0.00025"} 687
crease_fanout_backlog_seconds_bucket{le="0.0005"} 687
crease_fanout_backlog_seconds_bucket{le="0.001"} 687
crease_fanout_backlog_seconds_bucket{le="0.002"} 687
crease_fanout_backlog_seconds_bucket{le="0.005"} 687
crease_fanout_backlog_seconds_bucket{le="0.01"} 687
crease_fanout_backlog_seconds_bucket{le="0.025"} 730
crease_fanout_backlog_seconds_bucket{le="0.05"} 765
crease_fanout_backlog_seconds_bucket{le="0.1"} 766
crease_fanout_backlog_seconds_bucket{le="0.25"} 766
crease_fanout_backlog_seconds_bucket{le="0.5"} 766
crease_fanout_backlog_seconds_bucket{le="1.0"} 766
crease_fanout_backlog_seconds_bucket{le="2.5"} 766
crease_fanout_backlog_seconds_bucket{le="5.0"} 766
crease_fanout_backlog_seconds_bucket{le="10.0"} 766
crease_fanout_backlog_seconds_bucket{le="+Inf"} 766
crease_fanout_backlog_seconds_sum 2.044389549
crease_fanout_backlog_seconds_count 766
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 471
crease_resyncs_total{reason="shed"} 0
# TYPE crease_connections gauge
crease_connections 15000.0
