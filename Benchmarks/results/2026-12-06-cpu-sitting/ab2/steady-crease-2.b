# TYPE crease_resyncs_total counter
crease_resyncs_total{reason="bus_reconnect"} 0
crease_resyncs_total{reason="shed"} 0
crease_resyncs_total{reason="slow_consumer"} 0
crease_resyncs_total{reason="gap"} 465
# TYPE crease_event_loop_lag_seconds histogram
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0001"} 137
crease_event_loop_lag_seconds_bucket{loop="0",le="0.00025"} 288
crease_event_loop_lag_seconds_bucket{loop="0",le="0.0005"} 315
crease_event_loop_lag_seconds_bucket{loop="0",le="0.001"} 320
crease_event_loop_lag_seconds_bucket{loop="0",le="0.002"} 330
crease_event_loop_lag_seconds_bucket{loop="0",le="0.005"} 340
crease_event_loop_lag_seconds_bucket{loop="0",le="0.01"} 358
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
crease_event_loop_lag_seconds_sum{loop="0"} 0.793477055
crease_event_loop_lag_seconds_count{loop="0"} 386
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0001"} 128
crease_event_loop_lag_seconds_bucket{loop="1",le="0.00025"} 286
crease_event_loop_lag_seconds_bucket{loop="1",le="0.0005"} 320
crease_event_loop_lag_seconds_bucket{loop="1",le="0.001"} 328
crease_event_loop_lag_seconds_bucket{loop="1",le="0.002"} 338
crease_event_loop_lag_seconds_bucket{loop="1",le="0.005"} 350
crease_event_loop_lag_seconds_bucket{loop="1",le="0.01"} 358
crease_event_loop_lag_seconds_bucket{loop="1",le="0.025"} 382
crease_event_loop_lag_seconds_bucket{loop="1",le="0.05"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.1"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.25"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="0.5"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="1.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="2.5"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="5.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="10.0"} 387
crease_event_loop_lag_seconds_bucket{loop="1",le="+Inf"} 387
crease_event_loop_lag_seconds_sum{loop="1"} 0.740461375
crease_event_loop_lag_seconds_count{loop="1"} 387
# TYPE crease_upgrades_rejected_total counter
crease_upgrades_rejected_total{reason="max_connections"} 0
crease_upgrades_rejected_total{reason="draining"} 0
crease_upgrades_rejected_total{reason="origin"} 0
crease_upgrades_rejected_total{reason="admission_rate"} 0
# TYPE crease_bus_resubscriptions gauge
crease_bus_resubscriptions 0.0
# TYPE crease_bus_duplicates_total counter
crease_bus_duplicates_total 0
# TYPE crease_sockets_refused_total counter
crease_sockets_refused_total 0
# TYPE crease_bus_shard_connections gauge
crease_bus_shard_connections 1.0
# TYPE crease_dropped_total counter
crease_dropped_total{priority="critical",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="shed"} 0
crease_dropped_total{priority="normal",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="resubscribe"} 0
crease_dropped_total{priority="low",reason="queue_full"} 0
crease_dropped_total{priority="normal",reason="queue_full"} 0
crease_dropped_total{priority="low",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="ack_timeout"} 0
crease_dropped_total{priority="normal",reason="shed"} 0
crease_dropped_total{priority="critical",reason="queue_full"} 0
crease_dropped_total{priority="critical",reason="ack_timeout"} 0
crease_dropped_total{priority="critical",reason="shed"} 0
# TYPE crease_deltas_received_total counter
crease_deltas_received_total 6377
# TYPE crease_matches_active gauge
crease_matches_active 100.0
# TYPE crease_connections gauge
crease_connections 15000.0
# TYPE crease_compression_ratio gauge
crease_compression_ratio 0.0
# TYPE crease_bus_reconnects gauge
crease_bus_reconnects 0.0
# TYPE crease_bus_up gauge
crease_bus_up 1.0
# TYPE crease_deflate_input_bytes_total counter
crease_deflate_input_bytes_total 0
# TYPE crease_deflate_seconds_total counter
crease_deflate_seconds_total 0
# TYPE crease_frames_sent_total counter
crease_frames_sent_total 892318
# TYPE crease_bus_malformed_messages gauge
crease_bus_malformed_messages 0.0
# TYPE crease_connections_limit gauge
crease_connections_limit 19608.0
# TYPE crease_shed_level gauge
crease_shed_level 0.0
# TYPE crease_bytes_sent_total counter
crease_bytes_sent_total 183533441
# TYPE crease_delivery_latency_seconds histogram
crease_delivery_latency_seconds_bucket{le="0.0001"} 317
crease_delivery_latency_seconds_bucket{le="0.00025"} 317
crease_delivery_latency_seconds_bucket{le="0.0005"} 317
crease_delivery_latency_seconds_bucket{le="0.001"} 8591
crease_delivery_latency_seconds_bucket{le="0.002"} 9529
crease_delivery_latency_seconds_bucket{le="0.005"} 9925
crease_delivery_latency_seconds_bucket{le="0.01"} 10251
crease_delivery_latency_seconds_bucket{le="0.025"} 10899
crease_delivery_latency_seconds_bucket{le="0.05"} 11820
crease_delivery_latency_seconds_bucket{le="0.1"} 12623
crease_delivery_latency_seconds_bucket{le="0.25"} 12670
crease_delivery_latency_seconds_bucket{le="0.5"} 12670
crease_delivery_latency_seconds_bucket{le="1.0"} 12670
crease_delivery_latency_seconds_bucket{le="2.5"} 12670
crease_delivery_latency_seconds_bucket{le="5.0"} 12670
crease_delivery_latency_seconds_bucket{le="10.0"} 12670
crease_delivery_latency_seconds_bucket{le="+Inf"} 12670
crease_delivery_latency_seconds_sum 120.301
crease_delivery_latency_seconds_count 12670
# TYPE crease_queued_bytes gauge
crease_queued_bytes 0.0
# TYPE crease_fanout_latency_seconds histogram
crease_fanout_latency_seconds_bucket{le="0.0001"} 2856
crease_fanout_latency_seconds_bucket{le="0.00025"} 2856
crease_fanout_latency_seconds_bucket{le="0.0005"} 2856
crease_fanout_latency_seconds_bucket{le="0.001"} 4966
crease_fanout_latency_seconds_bucket{le="0.002"} 5155
crease_fanout_latency_seconds_bucket{le="0.005"} 5401
crease_fanout_latency_seconds_bucket{le="0.01"} 5625
crease_fanout_latency_seconds_bucket{le="0.025"} 6001
crease_fanout_latency_seconds_bucket{le="0.05"} 6294
crease_fanout_latency_seconds_bucket{le="0.1"} 6377
crease_fanout_latency_seconds_bucket{le="0.25"} 6377
crease_fanout_latency_seconds_bucket{le="0.5"} 6377
crease_fanout_latency_seconds_bucket{le="1.0"} 6377
crease_fanout_latency_seconds_bucket{le="2.5"} 6377
crease_fanout_latency_seconds_bucket{le="5.0"} 6377
crease_fanout_latency_seconds_bucket{le="10.0"} 6377
crease_fanout_latency_seconds_bucket{le="+Inf"} 6377
crease_fanout_latency_seconds_sum 27.416
crease_fanout_latency_seconds_count 6377
# TYPE crease_deflated_bytes_sent_total counter
crease_deflated_bytes_sent_total 0
# TYPE crease_fanout_backlog_seconds histogram
crease_fanout_backlog_seconds_bucket{le="0.0001"} 709
crease_fanout_backlog_seconds_bucket{le="0.00025"} 709
crease_fanout_backlog_seconds_bucket{le="0.0005"} 709
crease_fanout_backlog_seconds_bucket{le="0.001"} 709
crease_fanout_backlog_seconds_bucket{le="0.002"} 709
crease_fanout_backlog_seconds_bucket{le="0.005"} 709
crease_fanout_backlog_seconds_bucket{le="0.01"} 709
crease_fanout_backlog_seconds_bucket{le="0.025"} 745
crease_fanout_backlog_seconds_bucket{le="0.05"} 774
crease_fanout_backlog_seconds_bucket{le="0.1"} 774
crease_fanout_backlog_seconds_bucket{le="0.25"} 774
crease_fanout_backlog_seconds_bucket{le="0.5"} 774
crease_fanout_backlog_seconds_bucket{le="1.0"} 774
crease_fanout_backlog_seconds_bucket{le="2.5"} 774
crease_fanout_backlog_seconds_bucket{le="5.0"} 774
crease_fanout_backlog_seconds_bucket{le="10.0"} 774
crease_fanout_backlog_seconds_bucket{le="+Inf"} 774
crease_fanout_backlog_seconds_sum 1.510831824
crease_fanout_backlog_seconds_count 774
# TYPE crease_deflate_output_bytes_total counter
crease_deflate_output_bytes_total 0
# TYPE crease_bus_gaps_total counter
crease_bus_gaps_total 96
# TYPE crease_deflate_calls_total counter
crease_deflate_calls_total 0
