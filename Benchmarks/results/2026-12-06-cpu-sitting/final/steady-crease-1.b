# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 6946
crease_delivery_latency_seconds_bucket{le="0.00025"} 6946
crease_delivery_latency_seconds_bucket{le="0.0005"} 6946
crease_delivery_latency_seconds_bucket{le="0.001"} 9330
crease_delivery_latency_seconds_bucket{le="0.002"} 9767
crease_delivery_latency_seconds_bucket{le="0.005"} 10082
crease_delivery_latency_seconds_bucket{le="0.01"} 10371
crease_delivery_latency_seconds_bucket{le="0.025"} 10984
crease_delivery_latency_seconds_bucket{le="0.05"} 11797
crease_delivery_latency_seconds_bucket{le="0.1"} 12545
crease_delivery_latency_seconds_bucket{le="0.25"} 12615
crease_delivery_latency_seconds_bucket{le="0.5"} 12615
crease_delivery_latency_seconds_bucket{le="1.0"} 12615
crease_delivery_latency_seconds_bucket{le="2.5"} 12615
crease_delivery_latency_seconds_bucket{le="5.0"} 12615
crease_delivery_latency_seconds_bucket{le="10.0"} 12615
crease_delivery_latency_seconds_bucket{le="+Inf"} 12615
crease_delivery_latency_seconds_sum 107.159
crease_delivery_latency_seconds_count 12615
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183955718
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 890733
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 112
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 285
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 316
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 337
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 352
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 362
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 380
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 386
crease_event_loop_lag_seconds_sum{loop="1"} 0.640157072
crease_event_loop_lag_seconds_count{loop="1"} 386
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 123
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 268
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 315
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 324
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 328
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 361
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 377
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 385
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 385
crease_event_loop_lag_seconds_sum{loop="0"} 0.798642511
crease_event_loop_lag_seconds_count{loop="0"} 385
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 4961
crease_fanout_latency_seconds_bucket{le="0.00025"} 4961
crease_fanout_latency_seconds_bucket{le="0.0005"} 4961
crease_fanout_latency_seconds_bucket{le="0.001"} 5165
crease_fanout_latency_seconds_bucket{le="0.002"} 5272
crease_fanout_latency_seconds_bucket{le="0.005"} 5463
crease_fanout_latency_seconds_bucket{le="0.01"} 5611
crease_fanout_latency_seconds_bucket{le="0.025"} 5897
crease_fanout_latency_seconds_bucket{le="0.05"} 6233
crease_fanout_latency_seconds_bucket{le="0.1"} 6341
crease_fanout_latency_seconds_bucket{le="0.25"} 6341
crease_fanout_latency_seconds_bucket{le="0.5"} 6341
crease_fanout_latency_seconds_bucket{le="1.0"} 6341
crease_fanout_latency_seconds_bucket{le="2.5"} 6341
crease_fanout_latency_seconds_bucket{le="5.0"} 6341
crease_fanout_latency_seconds_bucket{le="10.0"} 6341
crease_fanout_latency_seconds_bucket{le="+Inf"} 6341
crease_fanout_latency_seconds_sum 26.13
crease_fanout_latency_seconds_count 6341
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 724
crease_fanout_backlog_seconds_bucket{le="0.00025"} 724
crease_fanout_backlog_seconds_bucket{le="0.0005"} 724
crease_fanout_backlog_seconds_bucket{le="0.001"} 724
crease_fanout_backlog_seconds_bucket{le="0.002"} 724
crease_fanout_backlog_seconds_bucket{le="0.005"} 724
crease_fanout_backlog_seconds_bucket{le="0.01"} 724
crease_fanout_backlog_seconds_bucket{le="0.025"} 745
crease_fanout_backlog_seconds_bucket{le="0.05"} 770
crease_fanout_backlog_seconds_bucket{le="0.1"} 771
crease_fanout_backlog_seconds_bucket{le="0.25"} 771
crease_fanout_backlog_seconds_bucket{le="0.5"} 771
crease_fanout_backlog_seconds_bucket{le="1.0"} 771
crease_fanout_backlog_seconds_bucket{le="2.5"} 771
crease_fanout_backlog_seconds_bucket{le="5.0"} 771
crease_fanout_backlog_seconds_bucket{le="10.0"} 771
crease_fanout_backlog_seconds_bucket{le="+Inf"} 771
crease_fanout_backlog_seconds_sum 1.261072562
crease_fanout_backlog_seconds_count 771
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6341
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 446
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
