# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 477
crease_resyncs_total{reason="shed"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890770
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6335
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 104
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 257
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 306
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 336
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
crease_event_loop_lag_seconds_sum{loop="0"} 0.945021462
crease_event_loop_lag_seconds_count{loop="0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 102
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 260
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 306
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 315
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 334
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 347
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 369
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 383
crease_event_loop_lag_seconds_sum{loop="1"} 0.974936911
crease_event_loop_lag_seconds_count{loop="1"} 383
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 4978
crease_delivery_latency_seconds_bucket{le="0.00025"} 4978
crease_delivery_latency_seconds_bucket{le="0.0005"} 4978
crease_delivery_latency_seconds_bucket{le="0.001"} 9155
crease_delivery_latency_seconds_bucket{le="0.002"} 9494
crease_delivery_latency_seconds_bucket{le="0.005"} 9756
crease_delivery_latency_seconds_bucket{le="0.01"} 10012
crease_delivery_latency_seconds_bucket{le="0.025"} 10620
crease_delivery_latency_seconds_bucket{le="0.05"} 11473
crease_delivery_latency_seconds_bucket{le="0.1"} 12524
crease_delivery_latency_seconds_bucket{le="0.25"} 12610
crease_delivery_latency_seconds_bucket{le="0.5"} 12610
crease_delivery_latency_seconds_bucket{le="1.0"} 12610
crease_delivery_latency_seconds_bucket{le="2.5"} 12610
crease_delivery_latency_seconds_bucket{le="5.0"} 12610
crease_delivery_latency_seconds_bucket{le="10.0"} 12610
crease_delivery_latency_seconds_bucket{le="+Inf"} 12610
crease_delivery_latency_seconds_sum 134.076
crease_delivery_latency_seconds_count 12610
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183537653
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 695
crease_fanout_backlog_seconds_bucket{le="0.00025"} 695
crease_fanout_backlog_seconds_bucket{le="0.0005"} 695
crease_fanout_backlog_seconds_bucket{le="0.001"} 695
crease_fanout_backlog_seconds_bucket{le="0.002"} 695
crease_fanout_backlog_seconds_bucket{le="0.005"} 695
crease_fanout_backlog_seconds_bucket{le="0.01"} 695
crease_fanout_backlog_seconds_bucket{le="0.025"} 735
crease_fanout_backlog_seconds_bucket{le="0.05"} 764
crease_fanout_backlog_seconds_bucket{le="0.1"} 766
crease_fanout_backlog_seconds_bucket{le="0.25"} 766
crease_fanout_backlog_seconds_bucket{le="0.5"} 766
crease_fanout_backlog_seconds_bucket{le="1.0"} 766
crease_fanout_backlog_seconds_bucket{le="2.5"} 766
crease_fanout_backlog_seconds_bucket{le="5.0"} 766
crease_fanout_backlog_seconds_bucket{le="10.0"} 766
crease_fanout_backlog_seconds_bucket{le="+Inf"} 766
crease_fanout_backlog_seconds_sum 1.776793124
crease_fanout_backlog_seconds_count 766
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4753
crease_fanout_latency_seconds_bucket{le="0.00025"} 4753
crease_fanout_latency_seconds_bucket{le="0.0005"} 4753
crease_fanout_latency_seconds_bucket{le="0.001"} 5016
crease_fanout_latency_seconds_bucket{le="0.002"} 5094
crease_fanout_latency_seconds_bucket{le="0.005"} 5256
crease_fanout_latency_seconds_bucket{le="0.01"} 5469
crease_fanout_latency_seconds_bucket{le="0.025"} 5856
crease_fanout_latency_seconds_bucket{le="0.05"} 6185
crease_fanout_latency_seconds_bucket{le="0.1"} 6335
crease_fanout_latency_seconds_bucket{le="0.25"} 6335
crease_fanout_latency_seconds_bucket{le="0.5"} 6335
crease_fanout_latency_seconds_bucket{le="1.0"} 6335
crease_fanout_latency_seconds_bucket{le="2.5"} 6335
crease_fanout_latency_seconds_bucket{le="5.0"} 6335
crease_fanout_latency_seconds_bucket{le="10.0"} 6335
crease_fanout_latency_seconds_bucket{le="+Inf"} 6335
crease_fanout_latency_seconds_sum 30.39
crease_fanout_latency_seconds_count 6335
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
