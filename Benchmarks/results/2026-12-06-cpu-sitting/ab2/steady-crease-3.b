# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4514
crease_fanout_latency_seconds_bucket{le="0.00025"} 4514
crease_fanout_latency_seconds_bucket{le="0.0005"} 4514
crease_fanout_latency_seconds_bucket{le="0.001"} 4712
crease_fanout_latency_seconds_bucket{le="0.002"} 4817
crease_fanout_latency_seconds_bucket{le="0.005"} 5031
crease_fanout_latency_seconds_bucket{le="0.01"} 5278
crease_fanout_latency_seconds_bucket{le="0.025"} 5783
crease_fanout_latency_seconds_bucket{le="0.05"} 6200
crease_fanout_latency_seconds_bucket{le="0.1"} 6459
crease_fanout_latency_seconds_bucket{le="0.25"} 6459
crease_fanout_latency_seconds_bucket{le="0.5"} 6459
crease_fanout_latency_seconds_bucket{le="1.0"} 6459
crease_fanout_latency_seconds_bucket{le="2.5"} 6459
crease_fanout_latency_seconds_bucket{le="5.0"} 6459
crease_fanout_latency_seconds_bucket{le="10.0"} 6459
crease_fanout_latency_seconds_bucket{le="+Inf"} 6459
crease_fanout_latency_seconds_sum 43.812
crease_fanout_latency_seconds_count 6459
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 2993
crease_delivery_latency_seconds_bucket{le="0.00025"} 2993
crease_delivery_latency_seconds_bucket{le="0.0005"} 2993
crease_delivery_latency_seconds_bucket{le="0.001"} 7934
crease_delivery_latency_seconds_bucket{le="0.002"} 8520
crease_delivery_latency_seconds_bucket{le="0.005"} 9159
crease_delivery_latency_seconds_bucket{le="0.01"} 9489
crease_delivery_latency_seconds_bucket{le="0.025"} 10195
crease_delivery_latency_seconds_bucket{le="0.05"} 11116
crease_delivery_latency_seconds_bucket{le="0.1"} 12467
crease_delivery_latency_seconds_bucket{le="0.25"} 12858
crease_delivery_latency_seconds_bucket{le="0.5"} 12858
crease_delivery_latency_seconds_bucket{le="1.0"} 12858
crease_delivery_latency_seconds_bucket{le="2.5"} 12858
crease_delivery_latency_seconds_bucket{le="5.0"} 12858
crease_delivery_latency_seconds_bucket{le="10.0"} 12858
crease_delivery_latency_seconds_bucket{le="+Inf"} 12858
crease_delivery_latency_seconds_sum 203.888
crease_delivery_latency_seconds_count 12858
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 907403
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 684
crease_fanout_backlog_seconds_bucket{le="0.00025"} 684
crease_fanout_backlog_seconds_bucket{le="0.0005"} 684
crease_fanout_backlog_seconds_bucket{le="0.001"} 684
crease_fanout_backlog_seconds_bucket{le="0.002"} 684
crease_fanout_backlog_seconds_bucket{le="0.005"} 684
crease_fanout_backlog_seconds_bucket{le="0.01"} 684
crease_fanout_backlog_seconds_bucket{le="0.025"} 722
crease_fanout_backlog_seconds_bucket{le="0.05"} 766
crease_fanout_backlog_seconds_bucket{le="0.1"} 772
crease_fanout_backlog_seconds_bucket{le="0.25"} 772
crease_fanout_backlog_seconds_bucket{le="0.5"} 772
crease_fanout_backlog_seconds_bucket{le="1.0"} 772
crease_fanout_backlog_seconds_bucket{le="2.5"} 772
crease_fanout_backlog_seconds_bucket{le="5.0"} 772
crease_fanout_backlog_seconds_bucket{le="10.0"} 772
crease_fanout_backlog_seconds_bucket{le="+Inf"} 772
crease_fanout_backlog_seconds_sum 2.653785001
crease_fanout_backlog_seconds_count 772
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6459
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186860977
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 478
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 50
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 263
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 288
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 300
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 330
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 341
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 370
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="0"} 1.213601443
crease_event_loop_lag_seconds_count{loop="0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 68
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 264
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 292
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 303
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 314
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 327
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 337
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 368
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="1"} 1.282759464
crease_event_loop_lag_seconds_count{loop="1"} 386
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
