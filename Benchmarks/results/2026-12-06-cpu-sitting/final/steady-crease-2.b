# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 458
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186801241
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 682
crease_fanout_backlog_seconds_bucket{le="0.00025"} 682
crease_fanout_backlog_seconds_bucket{le="0.0005"} 682
crease_fanout_backlog_seconds_bucket{le="0.001"} 682
crease_fanout_backlog_seconds_bucket{le="0.002"} 682
crease_fanout_backlog_seconds_bucket{le="0.005"} 683
crease_fanout_backlog_seconds_bucket{le="0.01"} 683
crease_fanout_backlog_seconds_bucket{le="0.025"} 720
crease_fanout_backlog_seconds_bucket{le="0.05"} 765
crease_fanout_backlog_seconds_bucket{le="0.1"} 772
crease_fanout_backlog_seconds_bucket{le="0.25"} 772
crease_fanout_backlog_seconds_bucket{le="0.5"} 772
crease_fanout_backlog_seconds_bucket{le="1.0"} 772
crease_fanout_backlog_seconds_bucket{le="2.5"} 772
crease_fanout_backlog_seconds_bucket{le="5.0"} 772
crease_fanout_backlog_seconds_bucket{le="10.0"} 772
crease_fanout_backlog_seconds_bucket{le="+Inf"} 772
crease_fanout_backlog_seconds_sum 2.68131293
crease_fanout_backlog_seconds_count 772
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7066
crease_delivery_latency_seconds_bucket{le="0.00025"} 7066
crease_delivery_latency_seconds_bucket{le="0.0005"} 7066
crease_delivery_latency_seconds_bucket{le="0.001"} 8842
crease_delivery_latency_seconds_bucket{le="0.002"} 9148
crease_delivery_latency_seconds_bucket{le="0.005"} 9468
crease_delivery_latency_seconds_bucket{le="0.01"} 9766
crease_delivery_latency_seconds_bucket{le="0.025"} 10397
crease_delivery_latency_seconds_bucket{le="0.05"} 11295
crease_delivery_latency_seconds_bucket{le="0.1"} 12572
crease_delivery_latency_seconds_bucket{le="0.25"} 12816
crease_delivery_latency_seconds_bucket{le="0.5"} 12816
crease_delivery_latency_seconds_bucket{le="1.0"} 12816
crease_delivery_latency_seconds_bucket{le="2.5"} 12816
crease_delivery_latency_seconds_bucket{le="5.0"} 12816
crease_delivery_latency_seconds_bucket{le="10.0"} 12816
crease_delivery_latency_seconds_bucket{le="+Inf"} 12816
crease_delivery_latency_seconds_sum 170.904
crease_delivery_latency_seconds_count 12816
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6438
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 74
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 258
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 301
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 308
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 315
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 341
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 362
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 384
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 384
crease_event_loop_lag_seconds_sum{loop="1"} 1.305157705
crease_event_loop_lag_seconds_count{loop="1"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 61
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 253
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 298
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 312
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 322
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 339
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 349
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 388
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 388
crease_event_loop_lag_seconds_sum{loop="0"} 0.98452064
crease_event_loop_lag_seconds_count{loop="0"} 388
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 906230
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4680
crease_fanout_latency_seconds_bucket{le="0.00025"} 4680
crease_fanout_latency_seconds_bucket{le="0.0005"} 4680
crease_fanout_latency_seconds_bucket{le="0.001"} 4872
crease_fanout_latency_seconds_bucket{le="0.002"} 4953
crease_fanout_latency_seconds_bucket{le="0.005"} 5152
crease_fanout_latency_seconds_bucket{le="0.01"} 5367
crease_fanout_latency_seconds_bucket{le="0.025"} 5803
crease_fanout_latency_seconds_bucket{le="0.05"} 6241
crease_fanout_latency_seconds_bucket{le="0.1"} 6438
crease_fanout_latency_seconds_bucket{le="0.25"} 6438
crease_fanout_latency_seconds_bucket{le="0.5"} 6438
crease_fanout_latency_seconds_bucket{le="1.0"} 6438
crease_fanout_latency_seconds_bucket{le="2.5"} 6438
crease_fanout_latency_seconds_bucket{le="5.0"} 6438
crease_fanout_latency_seconds_bucket{le="10.0"} 6438
crease_fanout_latency_seconds_bucket{le="+Inf"} 6438
crease_fanout_latency_seconds_sum 39.007
crease_fanout_latency_seconds_count 6438
