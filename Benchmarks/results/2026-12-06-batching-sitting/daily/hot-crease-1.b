# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 1
crease_delivery_latency_seconds_bucket{le="0.01"} 2
crease_delivery_latency_seconds_bucket{le="0.025"} 6
crease_delivery_latency_seconds_bucket{le="0.05"} 10
crease_delivery_latency_seconds_bucket{le="0.1"} 28
crease_delivery_latency_seconds_bucket{le="0.25"} 129
crease_delivery_latency_seconds_bucket{le="0.5"} 129
crease_delivery_latency_seconds_bucket{le="1.0"} 129
crease_delivery_latency_seconds_bucket{le="2.5"} 129
crease_delivery_latency_seconds_bucket{le="5.0"} 129
crease_delivery_latency_seconds_bucket{le="10.0"} 129
crease_delivery_latency_seconds_bucket{le="+Inf"} 129
crease_delivery_latency_seconds_sum 17.818
crease_delivery_latency_seconds_count 129
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 65
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 63
crease_fanout_latency_seconds_bucket{le="0.00025"} 63
crease_fanout_latency_seconds_bucket{le="0.0005"} 63
crease_fanout_latency_seconds_bucket{le="0.001"} 63
crease_fanout_latency_seconds_bucket{le="0.002"} 64
crease_fanout_latency_seconds_bucket{le="0.005"} 64
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
crease_fanout_latency_seconds_sum 0.008
crease_fanout_latency_seconds_count 65
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 103
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 269
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 291
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 295
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 300
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 306
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 328
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
crease_event_loop_lag_seconds_sum{loop="1"} 1.452272219
crease_event_loop_lag_seconds_count{loop="1"} 382
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 72
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 266
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 298
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 305
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 347
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="0"} 1.084820869
crease_event_loop_lag_seconds_count{loop="0"} 386
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 624
crease_fanout_backlog_seconds_bucket{le="0.00025"} 624
crease_fanout_backlog_seconds_bucket{le="0.0005"} 624
crease_fanout_backlog_seconds_bucket{le="0.001"} 624
crease_fanout_backlog_seconds_bucket{le="0.002"} 624
crease_fanout_backlog_seconds_bucket{le="0.005"} 624
crease_fanout_backlog_seconds_bucket{le="0.01"} 624
crease_fanout_backlog_seconds_bucket{le="0.025"} 631
crease_fanout_backlog_seconds_bucket{le="0.05"} 658
crease_fanout_backlog_seconds_bucket{le="0.1"} 713
crease_fanout_backlog_seconds_bucket{le="0.25"} 768
crease_fanout_backlog_seconds_bucket{le="0.5"} 768
crease_fanout_backlog_seconds_bucket{le="1.0"} 768
crease_fanout_backlog_seconds_bucket{le="2.5"} 768
crease_fanout_backlog_seconds_bucket{le="5.0"} 768
crease_fanout_backlog_seconds_bucket{le="10.0"} 768
crease_fanout_backlog_seconds_bucket{le="+Inf"} 768
crease_fanout_backlog_seconds_sum 13.346164282
crease_fanout_backlog_seconds_count 768
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 906701
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="gap"} 319
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184617239
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
