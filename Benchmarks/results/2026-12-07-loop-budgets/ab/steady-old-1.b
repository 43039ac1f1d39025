# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 908141
# TYPE crease_conflated_deltas_total counter
crease_conflated_deltas_total 0
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 188020301
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_input_held_total counter
crease_input_held_total{limit="requests"} 0
crease_input_held_total{limit="frames"} 0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 142
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 299
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 321
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 334
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 343
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 350
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 364
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 391
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 391
crease_event_loop_lag_seconds_sum{loop="1"} 0.786238803
crease_event_loop_lag_seconds_count{loop="1"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 149
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 311
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 329
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 335
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 344
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 353
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 366
crease_event_loop_lag_seconds_bucket{loop="0",le="0.025"} 381
crease_event_loop_lag_seconds_bucket{loop="0",le="0.05"} 390
crease_event_loop_lag_seconds_bucket{loop="0",le="0.1"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="0.25"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="0.5"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="1.0"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="2.5"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="5.0"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="10.0"} 391
crease_event_loop_lag_seconds_bucket{loop="0",le="+Inf"} 391
crease_event_loop_lag_seconds_sum{loop="0"} 0.802989208
crease_event_loop_lag_seconds_count{loop="0"} 391
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="gap"} 479
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6468
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 3154
crease_fanout_latency_seconds_bucket{le="0.00025"} 3154
crease_fanout_latency_seconds_bucket{le="0.0005"} 3154
crease_fanout_latency_seconds_bucket{le="0.001"} 5242
crease_fanout_latency_seconds_bucket{le="0.002"} 5335
crease_fanout_latency_seconds_bucket{le="0.005"} 5542
crease_fanout_latency_seconds_bucket{le="0.01"} 5698
crease_fanout_latency_seconds_bucket{le="0.025"} 6074
crease_fanout_latency_seconds_bucket{le="0.05"} 6396
crease_fanout_latency_seconds_bucket{le="0.1"} 6468
crease_fanout_latency_seconds_bucket{le="0.25"} 6468
crease_fanout_latency_seconds_bucket{le="0.5"} 6468
crease_fanout_latency_seconds_bucket{le="1.0"} 6468
crease_fanout_latency_seconds_bucket{le="2.5"} 6468
crease_fanout_latency_seconds_bucket{le="5.0"} 6468
crease_fanout_latency_seconds_bucket{le="10.0"} 6468
crease_fanout_latency_seconds_bucket{le="+Inf"} 6468
crease_fanout_latency_seconds_sum 26.635
crease_fanout_latency_seconds_count 6468
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="admission_rate"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="max_connections"} 0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 63
crease_delivery_latency_seconds_bucket{le="0.00025"} 63
crease_delivery_latency_seconds_bucket{le="0.0005"} 63
crease_delivery_latency_seconds_bucket{le="0.001"} 8777
crease_delivery_latency_seconds_bucket{le="0.002"} 9907
crease_delivery_latency_seconds_bucket{le="0.005"} 10335
crease_delivery_latency_seconds_bucket{le="0.01"} 10617
crease_delivery_latency_seconds_bucket{le="0.025"} 11258
crease_delivery_latency_seconds_bucket{le="0.05"} 12117
crease_delivery_latency_seconds_bucket{le="0.1"} 12833
crease_delivery_latency_seconds_bucket{le="0.25"} 12868
crease_delivery_latency_seconds_bucket{le="0.5"} 12868
crease_delivery_latency_seconds_bucket{le="1.0"} 12868
crease_delivery_latency_seconds_bucket{le="2.5"} 12868
crease_delivery_latency_seconds_bucket{le="5.0"} 12868
crease_delivery_latency_seconds_bucket{le="10.0"} 12868
crease_delivery_latency_seconds_bucket{le="+Inf"} 12868
crease_delivery_latency_seconds_sum 110.397
crease_delivery_latency_seconds_count 12868
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 729
crease_fanout_backlog_seconds_bucket{le="0.00025"} 729
crease_fanout_backlog_seconds_bucket{le="0.0005"} 729
crease_fanout_backlog_seconds_bucket{le="0.001"} 729
crease_fanout_backlog_seconds_bucket{le="0.002"} 729
crease_fanout_backlog_seconds_bucket{le="0.005"} 729
crease_fanout_backlog_seconds_bucket{le="0.01"} 729
crease_fanout_backlog_seconds_bucket{le="0.025"} 761
crease_fanout_backlog_seconds_bucket{le="0.05"} 781
crease_fanout_backlog_seconds_bucket{le="0.1"} 782
crease_fanout_backlog_seconds_bucket{le="0.25"} 782
crease_fanout_backlog_seconds_bucket{le="0.5"} 782
crease_fanout_backlog_seconds_bucket{le="1.0"} 782
crease_fanout_backlog_seconds_bucket{le="2.5"} 782
crease_fanout_backlog_seconds_bucket{le="5.0"} 782
crease_fanout_backlog_seconds_bucket{le="10.0"} 782
crease_fanout_backlog_seconds_bucket{le="+Inf"} 782
crease_fanout_backlog_seconds_sum 1.248630867
crease_fanout_backlog_seconds_count 782
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
