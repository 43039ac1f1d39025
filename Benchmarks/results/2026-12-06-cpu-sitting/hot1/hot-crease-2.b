# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 74
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 279
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 308
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 317
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 320
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 335
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 350
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="1"} 0.901820272
crease_event_loop_lag_seconds_count{loop="1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 67
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 261
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 313
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 325
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 329
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 334
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 357
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="0"} 0.786284776
crease_event_loop_lag_seconds_count{loop="0"} 386
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 1
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 647
crease_fanout_backlog_seconds_bucket{le="0.00025"} 647
crease_fanout_backlog_seconds_bucket{le="0.0005"} 647
crease_fanout_backlog_seconds_bucket{le="0.001"} 647
crease_fanout_backlog_seconds_bucket{le="0.002"} 647
crease_fanout_backlog_seconds_bucket{le="0.005"} 647
crease_fanout_backlog_seconds_bucket{le="0.01"} 647
crease_fanout_backlog_seconds_bucket{le="0.025"} 662
crease_fanout_backlog_seconds_bucket{le="0.05"} 681
crease_fanout_backlog_seconds_bucket{le="0.1"} 738
crease_fanout_backlog_seconds_bucket{le="0.25"} 771
crease_fanout_backlog_seconds_bucket{le="0.5"} 771
crease_fanout_backlog_seconds_bucket{le="1.0"} 771
crease_fanout_backlog_seconds_bucket{le="2.5"} 771
crease_fanout_backlog_seconds_bucket{le="5.0"} 771
crease_fanout_backlog_seconds_bucket{le="10.0"} 771
crease_fanout_backlog_seconds_bucket{le="+Inf"} 771
crease_fanout_backlog_seconds_sum 9.80564561
crease_fanout_backlog_seconds_count 771
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 0
crease_delivery_latency_seconds_bucket{le="0.00025"} 0
crease_delivery_latency_seconds_bucket{le="0.0005"} 0
crease_delivery_latency_seconds_bucket{le="0.001"} 0
crease_delivery_latency_seconds_bucket{le="0.002"} 0
crease_delivery_latency_seconds_bucket{le="0.005"} 2
crease_delivery_latency_seconds_bucket{le="0.01"} 2
crease_delivery_latency_seconds_bucket{le="0.025"} 5
crease_delivery_latency_seconds_bucket{le="0.05"} 12
crease_delivery_latency_seconds_bucket{le="0.1"} 47
crease_delivery_latency_seconds_bucket{le="0.25"} 128
crease_delivery_latency_seconds_bucket{le="0.5"} 128
crease_delivery_latency_seconds_bucket{le="1.0"} 128
crease_delivery_latency_seconds_bucket{le="2.5"} 128
crease_delivery_latency_seconds_bucket{le="5.0"} 128
crease_delivery_latency_seconds_bucket{le="10.0"} 128
crease_delivery_latency_seconds_bucket{le="+Inf"} 128
crease_delivery_latency_seconds_sum 15.193
crease_delivery_latency_seconds_count 128
# TYPE crease_matches_active gauge
crease_matches_active 1.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 184082184
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="gap"} 304
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890591
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 62
crease_fanout_latency_seconds_bucket{le="0.00025"} 62
crease_fanout_latency_seconds_bucket{le="0.0005"} 62
crease_fanout_latency_seconds_bucket{le="0.001"} 64
crease_fanout_latency_seconds_bucket{le="0.002"} 64
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
crease_fanout_latency_seconds_sum 0.002
crease_fanout_latency_seconds_count 64
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 64
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
