# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 182054681
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 48
crease_fanout_latency_seconds_bucket{le="0.00025"} 48
crease_fanout_latency_seconds_bucket{le="0.0005"} 48
crease_fanout_latency_seconds_bucket{le="0.001"} 59
crease_fanout_latency_seconds_bucket{le="0.002"} 63
crease_fanout_latency_seconds_bucket{le="0.005"} 64
crease_fanout_latency_seconds_bucket{le="0.01"} 64
crease_fanout_latency_seconds_bucket{le="0.025"} 64
crease_fanout_latency_seconds_bucket{le="0.05"} 64
crease_fanout_latency_seconds_bucket{le="0.1"} 64
crease_fanout_latency_seconds_bucket{le="0.25"} 64
crease_fanout_latency_seconds_bucket{le="0.5"} 64
crease_fanout_latency_seconds_bucket{le="1.0"} 64
crease_fanout_latency_seconds_bucket{le="2.5"} 64
crease_fanout_latency_seconds_bucket{le="5.0"} 64
crease_fanout_latency_seconds_bucket{le="10.0"} 64
crease_fanout_latency_seconds_bucket{le="+Inf"} 64
crease_fanout_latency_seconds_sum 0.024
crease_fanout_latency_seconds_count 64
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 64
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 295
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 310
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 314
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 317
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 332
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 345
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 372
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 383
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 383
crease_event_loop_lag_seconds_sum{loop="0"} 1.001348583
crease_event_loop_lag_seconds_count{loop="0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 83
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 280
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 290
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 292
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 301
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 313
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 330
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 360
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 380
crease_event_loop_lag_seconds_sum{loop="1"} 1.29466186
crease_event_loop_lag_seconds_count{loop="1"} 380
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890786
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 621
crease_fanout_backlog_seconds_bucket{le="0.00025"} 621
crease_fanout_backlog_seconds_bucket{le="0.0005"} 621
crease_fanout_backlog_seconds_bucket{le="0.001"} 621
crease_fanout_backlog_seconds_bucket{le="0.002"} 621
crease_fanout_backlog_seconds_bucket{le="0.005"} 621
crease_fanout_backlog_seconds_bucket{le="0.01"} 621
crease_fanout_backlog_seconds_bucket{le="0.025"} 631
crease_fanout_backlog_seconds_bucket{le="0.05"} 661
crease_fanout_backlog_seconds_bucket{le="0.1"} 717
crease_fanout_backlog_seconds_bucket{le="0.25"} 763
crease_fanout_backlog_seconds_bucket{le="0.5"} 763
crease_fanout_backlog_seconds_bucket{le="1.0"} 763
crease_fanout_backlog_seconds_bucket{le="2.5"} 763
crease_fanout_backlog_seconds_bucket{le="5.0"} 763
crease_fanout_backlog_seconds_bucket{le="10.0"} 763
crease_fanout_backlog_seconds_bucket{le="+Inf"} 763
crease_fanout_backlog_seconds_sum 11.726628365
crease_fanout_backlog_seconds_count 763
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 316
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 1
crease_delivery_latency_seconds_bucket{le="0.01"} 3
crease_delivery_latency_seconds_bucket{le="0.025"} 6
crease_delivery_latency_seconds_bucket{le="0.05"} 13
crease_delivery_latency_seconds_bucket{le="0.1"} 35
crease_delivery_latency_seconds_bucket{le="0.25"} 128
crease_delivery_latency_seconds_bucket{le="0.5"} 128
crease_delivery_latency_seconds_bucket{le="1.0"} 128
crease_delivery_latency_seconds_bucket{le="2.5"} 128
crease_delivery_latency_seconds_bucket{le="5.0"} 128
crease_delivery_latency_seconds_bucket{le="10.0"} 128
crease_delivery_latency_seconds_bucket{le="+Inf"} 128
crease_delivery_latency_seconds_sum 16.99
crease_delivery_latency_seconds_count 128
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 64
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
