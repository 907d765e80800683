"""`manage.py generate_content`: a large multilingual site for load benchmarks.

It adds thousands of news posts, projects and member profiles to the site there is (building a
minimal frame where it is missing), in every configured language, fast: pages are inserted in
bulk (tree.py) rather than saved one by one. The words come from vocabulary.yaml; the reference
data and pictures from the demo's own builders.
"""
