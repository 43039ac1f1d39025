# TYPE crease_deltas_received_total counter
crease_deltas_received_total 65
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 579
crease_fanout_backlog_seconds_bucket{le="0.00025"} 579
crease_fanout_backlog_seconds_bucket{le="0.0005"} 579
crease_fanout_backlog_seconds_bucket{le="0.001"} 579
crease_fanout_backlog_seconds_bucket{le="0.002"} 579
crease_fanout_backlog_seconds_bucket{le="0.005"} 579
crease_fanout_backlog_seconds_bucket{le="0.01"} 579
crease_fanout_backlog_seconds_bucket{le="0.025"} 589
crease_fanout_backlog_seconds_bucket{le="0.05"} 625
crease_fanout_backlog_seconds_bucket{le="0.1"} 676
crease_fanout_backlog_seconds_bucket{le="0.25"} 760
crease_fanout_backlog_seconds_bucket{le="0.5"} 760
crease_fanout_backlog_seconds_bucket{le="1.0"} 760
crease_fanout_backlog_seconds_bucket{le="2.5"} 760
crease_fanout_backlog_seconds_bucket{le="5.0"} 760
crease_fanout_backlog_seconds_bucket{le="10.0"} 760
crease_fanout_backlog_seconds_bucket{le="+Inf"} 760
crease_fanout_backlog_seconds_sum 18.50020806
crease_fanout_backlog_seconds_count 760
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184953639
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 30
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 186
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 255
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 260
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 266
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 276
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 303
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 343
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 373
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 376
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 376
crease_event_loop_lag_seconds_sum{loop="1"} 2.218056745
crease_event_loop_lag_seconds_count{loop="1"} 376
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 30
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 229
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 279
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 287
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 297
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 310
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 373
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 384
crease_event_loop_lag_seconds_sum{loop="0"} 1.382615885
crease_event_loop_lag_seconds_count{loop="0"} 384
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 905671
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2
crease_fanout_latency_seconds_bucket{le="0.00025"} 2
crease_fanout_latency_seconds_bucket{le="0.0005"} 2
crease_fanout_latency_seconds_bucket{le="0.001"} 60
crease_fanout_latency_seconds_bucket{le="0.002"} 63
crease_fanout_latency_seconds_bucket{le="0.005"} 65
crease_fanout_latency_seconds_bucket{le="0.01"} 65
crease_fanout_latency_seconds_bucket{le="0.025"} 65
crease_fanout_latency_seconds_bucket{le="0.05"} 65
crease_fanout_latency_seconds_bucket{le="0.1"} 65
crease_fanout_latency_seconds_bucket{le="0.25"} 65
crease_fanout_latency_seconds_bucket{le="0.5"} 65
crease_fanout_latency_seconds_bucket{le="1.0"} 65
crease_fanout_latency_seconds_bucket{le="2.5"} 65
crease_fanout_latency_seconds_bucket{le="5.0"} 65
crease_fanout_latency_seconds_bucket{le="10.0"} 65
crease_fanout_latency_seconds_bucket{le="+Inf"} 65
crease_fanout_latency_seconds_sum 0.07
crease_fanout_latency_seconds_count 65
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 300
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 0
crease_delivery_latency_seconds_bucket{le="0.01"} 2
crease_delivery_latency_seconds_bucket{le="0.025"} 5
crease_delivery_latency_seconds_bucket{le="0.05"} 8
crease_delivery_latency_seconds_bucket{le="0.1"} 20
crease_delivery_latency_seconds_bucket{le="0.25"} 124
crease_delivery_latency_seconds_bucket{le="0.5"} 130
crease_delivery_latency_seconds_bucket{le="1.0"} 130
crease_delivery_latency_seconds_bucket{le="2.5"} 130
crease_delivery_latency_seconds_bucket{le="5.0"} 130
crease_delivery_latency_seconds_bucket{le="10.0"} 130
crease_delivery_latency_seconds_bucket{le="+Inf"} 130
crease_delivery_latency_seconds_sum 21.841
crease_delivery_latency_seconds_count 130
