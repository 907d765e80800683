import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('clusters', '0006_keep_consent_method_as_evidence'),
    ]

    operations = [
        migrations.AlterField(
            model_name='publicationconsent',
            name='method',
            field=models.CharField(choices=[('written_form', 'Signed written form'), ('email', 'Email from the member'), ('in_person', 'In person, noted by staff'), ('other', 'Other (say how under evidence)')], default='written_form', max_length=20, verbose_name='how'),
        ),
        migrations.CreateModel(
            name='CooperationEnquiry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='name')),
                ('email', models.EmailField(max_length=254, verbose_name='email address')),
                ('organisation', models.CharField(blank=True, max_length=200, verbose_name='organisation')),
                ('message', models.TextField(verbose_name='message')),
                ('agreed_to_be_contacted', models.BooleanField(default=False, verbose_name='agreed to be contacted')),
                ('language', models.CharField(help_text='The language of the page the visitor wrote on.', max_length=8, verbose_name='language')),
                ('status', models.CharField(choices=[('new', 'New'), ('forwarded', 'Sent to the member'), ('answered', 'Answered'), ('closed', 'Closed')], default='new', max_length=16, verbose_name='status')),
                ('received_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='received at')),
                ('forwarded_at', models.DateTimeField(blank=True, null=True, verbose_name='sent to the member at')),
                ('notes', models.TextField(blank=True, help_text='For staff only: how it was followed up.', verbose_name='staff notes')),
                ('cluster', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='clusters.clusterpage', verbose_name='cluster')),
                ('member', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='enquiries', to='clusters.clustermemberpage', verbose_name='member')),
            ],
            options={
                'verbose_name': 'cooperation enquiry',
                'verbose_name_plural': 'cooperation enquiries',
                'ordering': ['-received_at', '-pk'],
            },
        ),
    ]
