# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 710
crease_fanout_backlog_seconds_bucket{le="0.00025"} 710
crease_fanout_backlog_seconds_bucket{le="0.0005"} 710
crease_fanout_backlog_seconds_bucket{le="0.001"} 710
crease_fanout_backlog_seconds_bucket{le="0.002"} 710
crease_fanout_backlog_seconds_bucket{le="0.005"} 710
crease_fanout_backlog_seconds_bucket{le="0.01"} 710
crease_fanout_backlog_seconds_bucket{le="0.025"} 743
crease_fanout_backlog_seconds_bucket{le="0.05"} 771
crease_fanout_backlog_seconds_bucket{le="0.1"} 771
crease_fanout_backlog_seconds_bucket{le="0.25"} 771
crease_fanout_backlog_seconds_bucket{le="0.5"} 771
crease_fanout_backlog_seconds_bucket{le="1.0"} 771
crease_fanout_backlog_seconds_bucket{le="2.5"} 771
crease_fanout_backlog_seconds_bucket{le="5.0"} 771
crease_fanout_backlog_seconds_bucket{le="10.0"} 771
crease_fanout_backlog_seconds_bucket{le="+Inf"} 771
crease_fanout_backlog_seconds_sum 1.491998021
crease_fanout_backlog_seconds_count 771
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6365
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 891733
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 442
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 7865
crease_delivery_latency_seconds_bucket{le="0.00025"} 7865
crease_delivery_latency_seconds_bucket{le="0.0005"} 7865
crease_delivery_latency_seconds_bucket{le="0.001"} 9504
crease_delivery_latency_seconds_bucket{le="0.002"} 9812
crease_delivery_latency_seconds_bucket{le="0.005"} 10136
crease_delivery_latency_seconds_bucket{le="0.01"} 10409
crease_delivery_latency_seconds_bucket{le="0.025"} 11038
crease_delivery_latency_seconds_bucket{le="0.05"} 11876
crease_delivery_latency_seconds_bucket{le="0.1"} 12609
crease_delivery_latency_seconds_bucket{le="0.25"} 12667
crease_delivery_latency_seconds_bucket{le="0.5"} 12667
crease_delivery_latency_seconds_bucket{le="1.0"} 12667
crease_delivery_latency_seconds_bucket{le="2.5"} 12667
crease_delivery_latency_seconds_bucket{le="5.0"} 12667
crease_delivery_latency_seconds_bucket{le="10.0"} 12667
crease_delivery_latency_seconds_bucket{le="+Inf"} 12667
crease_delivery_latency_seconds_sum 105.367
crease_delivery_latency_seconds_count 12667
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183517938
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 5120
crease_fanout_latency_seconds_bucket{le="0.00025"} 5120
crease_fanout_latency_seconds_bucket{le="0.0005"} 5120
crease_fanout_latency_seconds_bucket{le="0.001"} 5220
crease_fanout_latency_seconds_bucket{le="0.002"} 5284
crease_fanout_latency_seconds_bucket{le="0.005"} 5436
crease_fanout_latency_seconds_bucket{le="0.01"} 5614
crease_fanout_latency_seconds_bucket{le="0.025"} 5933
crease_fanout_latency_seconds_bucket{le="0.05"} 6262
crease_fanout_latency_seconds_bucket{le="0.1"} 6365
crease_fanout_latency_seconds_bucket{le="0.25"} 6365
crease_fanout_latency_seconds_bucket{le="0.5"} 6365
crease_fanout_latency_seconds_bucket{le="1.0"} 6365
crease_fanout_latency_seconds_bucket{le="2.5"} 6365
crease_fanout_latency_seconds_bucket{le="5.0"} 6365
crease_fanout_latency_seconds_bucket{le="10.0"} 6365
crease_fanout_latency_seconds_bucket{le="+Inf"} 6365
crease_fanout_latency_seconds_sum 26.021
crease_fanout_latency_seconds_count 6365
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 134
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 265
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 312
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 321
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 329
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 342
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 351
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 383
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="1"} 0.917568358
crease_event_loop_lag_seconds_count{loop="1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 166
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 270
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 316
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 326
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 334
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 348
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 355
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 380
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="0"} 0.744810861
crease_event_loop_lag_seconds_count{loop="0"} 386
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
