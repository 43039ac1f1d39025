# TYPE crease_deltas_received_total counter
crease_deltas_received_total 65
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 0
crease_delivery_latency_seconds_bucket{le="0.01"} 2
crease_delivery_latency_seconds_bucket{le="0.025"} 6
crease_delivery_latency_seconds_bucket{le="0.05"} 12
crease_delivery_latency_seconds_bucket{le="0.1"} 30
crease_delivery_latency_seconds_bucket{le="0.25"} 128
crease_delivery_latency_seconds_bucket{le="0.5"} 128
crease_delivery_latency_seconds_bucket{le="1.0"} 128
crease_delivery_latency_seconds_bucket{le="2.5"} 128
crease_delivery_latency_seconds_bucket{le="5.0"} 128
crease_delivery_latency_seconds_bucket{le="10.0"} 128
crease_delivery_latency_seconds_bucket{le="+Inf"} 128
crease_delivery_latency_seconds_sum 17.264
crease_delivery_latency_seconds_count 128
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 636
crease_fanout_backlog_seconds_bucket{le="0.00025"} 636
crease_fanout_backlog_seconds_bucket{le="0.0005"} 636
crease_fanout_backlog_seconds_bucket{le="0.001"} 636
crease_fanout_backlog_seconds_bucket{le="0.002"} 636
crease_fanout_backlog_seconds_bucket{le="0.005"} 636
crease_fanout_backlog_seconds_bucket{le="0.01"} 636
crease_fanout_backlog_seconds_bucket{le="0.025"} 650
crease_fanout_backlog_seconds_bucket{le="0.05"} 675
crease_fanout_backlog_seconds_bucket{le="0.1"} 725
crease_fanout_backlog_seconds_bucket{le="0.25"} 770
crease_fanout_backlog_seconds_bucket{le="0.5"} 770
crease_fanout_backlog_seconds_bucket{le="1.0"} 770
crease_fanout_backlog_seconds_bucket{le="2.5"} 770
crease_fanout_backlog_seconds_bucket{le="5.0"} 770
crease_fanout_backlog_seconds_bucket{le="10.0"} 770
crease_fanout_backlog_seconds_bucket{le="+Inf"} 770
crease_fanout_backlog_seconds_sum 11.035038471
crease_fanout_backlog_seconds_count 770
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 186795115
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 63
crease_fanout_latency_seconds_bucket{le="0.00025"} 63
crease_fanout_latency_seconds_bucket{le="0.0005"} 63
crease_fanout_latency_seconds_bucket{le="0.001"} 64
crease_fanout_latency_seconds_bucket{le="0.002"} 64
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
crease_fanout_latency_seconds_sum 0.004
crease_fanout_latency_seconds_count 65
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 48
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 230
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 281
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 292
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 298
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 306
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 325
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 360
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 379
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 381
crease_event_loop_lag_seconds_sum{loop="1"} 1.543026933
crease_event_loop_lag_seconds_count{loop="1"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 47
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 262
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 315
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 319
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 329
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 346
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 363
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 389
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 389
crease_event_loop_lag_seconds_sum{loop="0"} 0.736266787
crease_event_loop_lag_seconds_count{loop="0"} 389
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 901607
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 325
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
