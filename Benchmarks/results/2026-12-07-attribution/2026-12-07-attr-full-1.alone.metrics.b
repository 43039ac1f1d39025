# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2973
crease_fanout_latency_seconds_bucket{le="0.00025"} 2973
crease_fanout_latency_seconds_bucket{le="0.0005"} 2973
crease_fanout_latency_seconds_bucket{le="0.001"} 3701
crease_fanout_latency_seconds_bucket{le="0.002"} 3845
crease_fanout_latency_seconds_bucket{le="0.005"} 4119
crease_fanout_latency_seconds_bucket{le="0.01"} 4350
crease_fanout_latency_seconds_bucket{le="0.025"} 4486
crease_fanout_latency_seconds_bucket{le="0.05"} 4498
crease_fanout_latency_seconds_bucket{le="0.1"} 4499
crease_fanout_latency_seconds_bucket{le="0.25"} 4499
crease_fanout_latency_seconds_bucket{le="0.5"} 4499
crease_fanout_latency_seconds_bucket{le="1.0"} 4499
crease_fanout_latency_seconds_bucket{le="2.5"} 4499
crease_fanout_latency_seconds_bucket{le="5.0"} 4499
crease_fanout_latency_seconds_bucket{le="10.0"} 4499
crease_fanout_latency_seconds_bucket{le="+Inf"} 4499
crease_fanout_latency_seconds_sum 6.313
crease_fanout_latency_seconds_count 4499
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 991
crease_fanout_backlog_seconds_bucket{le="0.00025"} 991
crease_fanout_backlog_seconds_bucket{le="0.0005"} 991
crease_fanout_backlog_seconds_bucket{le="0.001"} 991
crease_fanout_backlog_seconds_bucket{le="0.002"} 991
crease_fanout_backlog_seconds_bucket{le="0.005"} 991
crease_fanout_backlog_seconds_bucket{le="0.01"} 991
crease_fanout_backlog_seconds_bucket{le="0.025"} 991
crease_fanout_backlog_seconds_bucket{le="0.05"} 991
crease_fanout_backlog_seconds_bucket{le="0.1"} 991
crease_fanout_backlog_seconds_bucket{le="0.25"} 991
crease_fanout_backlog_seconds_bucket{le="0.5"} 991
crease_fanout_backlog_seconds_bucket{le="1.0"} 991
crease_fanout_backlog_seconds_bucket{le="2.5"} 991
crease_fanout_backlog_seconds_bucket{le="5.0"} 991
crease_fanout_backlog_seconds_bucket{le="10.0"} 991
crease_fanout_backlog_seconds_bucket{le="+Inf"} 991
crease_fanout_backlog_seconds_sum 0.0
crease_fanout_backlog_seconds_count 991
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_connections gauge
crease_connections 0.0
# TYPE crease_matches_active gauge
crease_matches_active 0.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 46
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 415
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 439
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 462
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 478
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 488
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 495
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 496
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 496
crease_event_loop_lag_seconds_sum{loop="1"} 0.390467996
crease_event_loop_lag_seconds_count{loop="1"} 496
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 34
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 334
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 421
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 448
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 479
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 486
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 493
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 495
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 495
crease_event_loop_lag_seconds_sum{loop="0"} 0.453985041
crease_event_loop_lag_seconds_count{loop="0"} 495
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 360030925
# TYPE crease_sockets_barred_total counter
crease_sockets_barred_total 0
# TYPE crease_sources_barred_total counter
crease_sources_barred_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 693
crease_delivery_latency_seconds_bucket{le="0.00025"} 693
crease_delivery_latency_seconds_bucket{le="0.0005"} 693
crease_delivery_latency_seconds_bucket{le="0.001"} 4547
crease_delivery_latency_seconds_bucket{le="0.002"} 5887
crease_delivery_latency_seconds_bucket{le="0.005"} 6664
crease_delivery_latency_seconds_bucket{le="0.01"} 7251
crease_delivery_latency_seconds_bucket{le="0.025"} 8665
crease_delivery_latency_seconds_bucket{le="0.05"} 8983
crease_delivery_latency_seconds_bucket{le="0.1"} 8998
crease_delivery_latency_seconds_bucket{le="0.25"} 8998
crease_delivery_latency_seconds_bucket{le="0.5"} 8998
crease_delivery_latency_seconds_bucket{le="1.0"} 8998
crease_delivery_latency_seconds_bucket{le="2.5"} 8998
crease_delivery_latency_seconds_bucket{le="5.0"} 8998
crease_delivery_latency_seconds_bucket{le="10.0"} 8998
crease_delivery_latency_seconds_bucket{le="+Inf"} 8998
crease_delivery_latency_seconds_sum 49.839
crease_delivery_latency_seconds_count 8998
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 4499
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 1147147
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
