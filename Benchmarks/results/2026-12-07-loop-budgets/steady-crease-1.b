# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 351
crease_delivery_latency_seconds_bucket{le="0.00025"} 351
crease_delivery_latency_seconds_bucket{le="0.0005"} 351
crease_delivery_latency_seconds_bucket{le="0.001"} 7291
crease_delivery_latency_seconds_bucket{le="0.002"} 8652
crease_delivery_latency_seconds_bucket{le="0.005"} 9173
crease_delivery_latency_seconds_bucket{le="0.01"} 9503
crease_delivery_latency_seconds_bucket{le="0.025"} 10158
crease_delivery_latency_seconds_bucket{le="0.05"} 11051
crease_delivery_latency_seconds_bucket{le="0.1"} 12361
crease_delivery_latency_seconds_bucket{le="0.25"} 12734
crease_delivery_latency_seconds_bucket{le="0.5"} 12734
crease_delivery_latency_seconds_bucket{le="1.0"} 12734
crease_delivery_latency_seconds_bucket{le="2.5"} 12734
crease_delivery_latency_seconds_bucket{le="5.0"} 12734
crease_delivery_latency_seconds_bucket{le="10.0"} 12734
crease_delivery_latency_seconds_bucket{le="+Inf"} 12734
crease_delivery_latency_seconds_sum 198.413
crease_delivery_latency_seconds_count 12734
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 684
crease_fanout_backlog_seconds_bucket{le="0.00025"} 684
crease_fanout_backlog_seconds_bucket{le="0.0005"} 684
crease_fanout_backlog_seconds_bucket{le="0.001"} 684
crease_fanout_backlog_seconds_bucket{le="0.002"} 684
crease_fanout_backlog_seconds_bucket{le="0.005"} 684
crease_fanout_backlog_seconds_bucket{le="0.01"} 684
crease_fanout_backlog_seconds_bucket{le="0.025"} 724
crease_fanout_backlog_seconds_bucket{le="0.05"} 762
crease_fanout_backlog_seconds_bucket{le="0.1"} 766
crease_fanout_backlog_seconds_bucket{le="0.25"} 766
crease_fanout_backlog_seconds_bucket{le="0.5"} 766
crease_fanout_backlog_seconds_bucket{le="1.0"} 766
crease_fanout_backlog_seconds_bucket{le="2.5"} 766
crease_fanout_backlog_seconds_bucket{le="5.0"} 766
crease_fanout_backlog_seconds_bucket{le="10.0"} 766
crease_fanout_backlog_seconds_bucket{le="+Inf"} 766
crease_fanout_backlog_seconds_sum 2.406915072
crease_fanout_backlog_seconds_count 766
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 3016
crease_fanout_latency_seconds_bucket{le="0.00025"} 3016
crease_fanout_latency_seconds_bucket{le="0.0005"} 3016
crease_fanout_latency_seconds_bucket{le="0.001"} 4570
crease_fanout_latency_seconds_bucket{le="0.002"} 4779
crease_fanout_latency_seconds_bucket{le="0.005"} 5046
crease_fanout_latency_seconds_bucket{le="0.01"} 5284
crease_fanout_latency_seconds_bucket{le="0.025"} 5739
crease_fanout_latency_seconds_bucket{le="0.05"} 6125
crease_fanout_latency_seconds_bucket{le="0.1"} 6398
crease_fanout_latency_seconds_bucket{le="0.25"} 6401
crease_fanout_latency_seconds_bucket{le="0.5"} 6401
crease_fanout_latency_seconds_bucket{le="1.0"} 6401
crease_fanout_latency_seconds_bucket{le="2.5"} 6401
crease_fanout_latency_seconds_bucket{le="5.0"} 6401
crease_fanout_latency_seconds_bucket{le="10.0"} 6401
crease_fanout_latency_seconds_bucket{le="+Inf"} 6401
crease_fanout_latency_seconds_sum 45.118
crease_fanout_latency_seconds_count 6401
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 40
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 226
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 285
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 297
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 308
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 320
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 332
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 364
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 382
crease_event_loop_lag_seconds_sum{loop="1"} 1.377809905
crease_event_loop_lag_seconds_count{loop="1"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 37
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 229
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 289
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 304
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 319
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 335
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 368
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 384
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 384
crease_event_loop_lag_seconds_sum{loop="0"} 1.151422285
crease_event_loop_lag_seconds_count{loop="0"} 384
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 456
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184969930
# TYPE crease_input_held_total counter
crease_input_held_total{limit="frames"} 0
crease_input_held_total{limit="requests"} 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 896137
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6401
