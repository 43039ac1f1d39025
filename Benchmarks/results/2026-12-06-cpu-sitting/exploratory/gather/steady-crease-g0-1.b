# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 708
crease_fanout_backlog_seconds_bucket{le="0.00025"} 708
crease_fanout_backlog_seconds_bucket{le="0.0005"} 708
crease_fanout_backlog_seconds_bucket{le="0.001"} 708
crease_fanout_backlog_seconds_bucket{le="0.002"} 708
crease_fanout_backlog_seconds_bucket{le="0.005"} 708
crease_fanout_backlog_seconds_bucket{le="0.01"} 708
crease_fanout_backlog_seconds_bucket{le="0.025"} 750
crease_fanout_backlog_seconds_bucket{le="0.05"} 772
crease_fanout_backlog_seconds_bucket{le="0.1"} 772
crease_fanout_backlog_seconds_bucket{le="0.25"} 772
crease_fanout_backlog_seconds_bucket{le="0.5"} 772
crease_fanout_backlog_seconds_bucket{le="1.0"} 772
crease_fanout_backlog_seconds_bucket{le="2.5"} 772
crease_fanout_backlog_seconds_bucket{le="5.0"} 772
crease_fanout_backlog_seconds_bucket{le="10.0"} 772
crease_fanout_backlog_seconds_bucket{le="+Inf"} 772
crease_fanout_backlog_seconds_sum 1.40566536
crease_fanout_backlog_seconds_count 772
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184346231
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4859
crease_fanout_latency_seconds_bucket{le="0.00025"} 4859
crease_fanout_latency_seconds_bucket{le="0.0005"} 4859
crease_fanout_latency_seconds_bucket{le="0.001"} 5143
crease_fanout_latency_seconds_bucket{le="0.002"} 5236
crease_fanout_latency_seconds_bucket{le="0.005"} 5443
crease_fanout_latency_seconds_bucket{le="0.01"} 5643
crease_fanout_latency_seconds_bucket{le="0.025"} 5981
crease_fanout_latency_seconds_bucket{le="0.05"} 6289
crease_fanout_latency_seconds_bucket{le="0.1"} 6354
crease_fanout_latency_seconds_bucket{le="0.25"} 6354
crease_fanout_latency_seconds_bucket{le="0.5"} 6354
crease_fanout_latency_seconds_bucket{le="1.0"} 6354
crease_fanout_latency_seconds_bucket{le="2.5"} 6354
crease_fanout_latency_seconds_bucket{le="5.0"} 6354
crease_fanout_latency_seconds_bucket{le="10.0"} 6354
crease_fanout_latency_seconds_bucket{le="+Inf"} 6354
crease_fanout_latency_seconds_sum 23.4
crease_fanout_latency_seconds_count 6354
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 475
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 120
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 290
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 323
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 327
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 331
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 344
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 359
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="0"} 0.751179144
crease_event_loop_lag_seconds_count{loop="0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 115
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 280
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 318
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 331
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 334
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 346
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 363
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="1"} 0.777295555
crease_event_loop_lag_seconds_count{loop="1"} 386
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6354
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 891738
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7542
crease_delivery_latency_seconds_bucket{le="0.00025"} 7542
crease_delivery_latency_seconds_bucket{le="0.0005"} 7542
crease_delivery_latency_seconds_bucket{le="0.001"} 9495
crease_delivery_latency_seconds_bucket{le="0.002"} 9827
crease_delivery_latency_seconds_bucket{le="0.005"} 10104
crease_delivery_latency_seconds_bucket{le="0.01"} 10377
crease_delivery_latency_seconds_bucket{le="0.025"} 10973
crease_delivery_latency_seconds_bucket{le="0.05"} 11838
crease_delivery_latency_seconds_bucket{le="0.1"} 12619
crease_delivery_latency_seconds_bucket{le="0.25"} 12638
crease_delivery_latency_seconds_bucket{le="0.5"} 12638
crease_delivery_latency_seconds_bucket{le="1.0"} 12638
crease_delivery_latency_seconds_bucket{le="2.5"} 12638
crease_delivery_latency_seconds_bucket{le="5.0"} 12638
crease_delivery_latency_seconds_bucket{le="10.0"} 12638
crease_delivery_latency_seconds_bucket{le="+Inf"} 12638
crease_delivery_latency_seconds_sum 103.778
crease_delivery_latency_seconds_count 12638
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
