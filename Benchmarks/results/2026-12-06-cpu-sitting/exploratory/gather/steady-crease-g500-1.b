# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 82
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 256
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 300
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 313
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 323
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 337
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 356
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 383
crease_event_loop_lag_seconds_sum{loop="1"} 0.762501904
crease_event_loop_lag_seconds_count{loop="1"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 68
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 245
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 298
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 308
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 327
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 335
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 366
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 379
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 379
crease_event_loop_lag_seconds_sum{loop="0"} 1.120252461
crease_event_loop_lag_seconds_count{loop="0"} 379
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 687
crease_fanout_backlog_seconds_bucket{le="0.00025"} 687
crease_fanout_backlog_seconds_bucket{le="0.0005"} 687
crease_fanout_backlog_seconds_bucket{le="0.001"} 687
crease_fanout_backlog_seconds_bucket{le="0.002"} 687
crease_fanout_backlog_seconds_bucket{le="0.005"} 687
crease_fanout_backlog_seconds_bucket{le="0.01"} 687
crease_fanout_backlog_seconds_bucket{le="0.025"} 729
crease_fanout_backlog_seconds_bucket{le="0.05"} 759
crease_fanout_backlog_seconds_bucket{le="0.1"} 762
crease_fanout_backlog_seconds_bucket{le="0.25"} 762
crease_fanout_backlog_seconds_bucket{le="0.5"} 762
crease_fanout_backlog_seconds_bucket{le="1.0"} 762
crease_fanout_backlog_seconds_bucket{le="2.5"} 762
crease_fanout_backlog_seconds_bucket{le="5.0"} 762
crease_fanout_backlog_seconds_bucket{le="10.0"} 762
crease_fanout_backlog_seconds_bucket{le="+Inf"} 762
crease_fanout_backlog_seconds_sum 1.965727274
crease_fanout_backlog_seconds_count 762
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 475
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 180707351
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 877434
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 466
crease_fanout_latency_seconds_bucket{le="0.00025"} 466
crease_fanout_latency_seconds_bucket{le="0.0005"} 466
crease_fanout_latency_seconds_bucket{le="0.001"} 4149
crease_fanout_latency_seconds_bucket{le="0.002"} 4765
crease_fanout_latency_seconds_bucket{le="0.005"} 5106
crease_fanout_latency_seconds_bucket{le="0.01"} 5354
crease_fanout_latency_seconds_bucket{le="0.025"} 5799
crease_fanout_latency_seconds_bucket{le="0.05"} 6145
crease_fanout_latency_seconds_bucket{le="0.1"} 6292
crease_fanout_latency_seconds_bucket{le="0.25"} 6292
crease_fanout_latency_seconds_bucket{le="0.5"} 6292
crease_fanout_latency_seconds_bucket{le="1.0"} 6292
crease_fanout_latency_seconds_bucket{le="2.5"} 6292
crease_fanout_latency_seconds_bucket{le="5.0"} 6292
crease_fanout_latency_seconds_bucket{le="10.0"} 6292
crease_fanout_latency_seconds_bucket{le="+Inf"} 6292
crease_fanout_latency_seconds_sum 37.404
crease_fanout_latency_seconds_count 6292
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6292
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 9
crease_delivery_latency_seconds_bucket{le="0.00025"} 9
crease_delivery_latency_seconds_bucket{le="0.0005"} 9
crease_delivery_latency_seconds_bucket{le="0.001"} 5561
crease_delivery_latency_seconds_bucket{le="0.002"} 8202
crease_delivery_latency_seconds_bucket{le="0.005"} 9452
crease_delivery_latency_seconds_bucket{le="0.01"} 9780
crease_delivery_latency_seconds_bucket{le="0.025"} 10428
crease_delivery_latency_seconds_bucket{le="0.05"} 11388
crease_delivery_latency_seconds_bucket{le="0.1"} 12402
crease_delivery_latency_seconds_bucket{le="0.25"} 12522
crease_delivery_latency_seconds_bucket{le="0.5"} 12522
crease_delivery_latency_seconds_bucket{le="1.0"} 12522
crease_delivery_latency_seconds_bucket{le="2.5"} 12522
crease_delivery_latency_seconds_bucket{le="5.0"} 12522
crease_delivery_latency_seconds_bucket{le="10.0"} 12522
crease_delivery_latency_seconds_bucket{le="+Inf"} 12522
crease_delivery_latency_seconds_sum 149.227
crease_delivery_latency_seconds_count 12522
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
